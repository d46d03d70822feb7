import { z } from "zod";

// The only reader of process.env (enforced by lint). Validated once, so bad configuration fails fast — at
// build time too, because next.config.ts imports this module.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET phải dài ít nhất 32 ký tự").optional(),
  LOGIN_MAX_FAILURES_PER_USER: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  // Working days a head has to decide on a received record (lib/domain/review/review-due.ts) [?].
  REVIEW_DUE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
});

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
