import { UuidSchema } from "./ids";
import { z } from "./z";

export const RoleSchema = z.enum(["officer", "supervisor", "leader", "admin"]);
export type Role = z.infer<typeof RoleSchema>;

// Chấp hành viên sơ cấp / trung cấp / cao cấp (Luật THADS Đ.17–18).
export const OfficerGradeSchema = z.enum(["so_cap", "trung_cap", "cao_cap"]);
export type OfficerGrade = z.infer<typeof OfficerGradeSchema>;

export const UsernameSchema = z
  .string({ error: "Tên đăng nhập là bắt buộc" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, { error: "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch" });

export const UserSchema = z
  .object({
    id: UuidSchema,
    username: UsernameSchema,
    displayName: z.string().trim().min(2).max(120),
    role: RoleSchema,
    unitId: UuidSchema,
    grade: OfficerGradeSchema.nullable(),
  })
  .strict()
  .refine((user) => (user.role === "officer") === (user.grade !== null), {
    error: "Chỉ Chấp hành viên mới có ngạch (sơ cấp, trung cấp, cao cấp)",
    path: ["grade"],
  });
export type User = z.infer<typeof UserSchema>;

/** What a signed-in session carries (JWT) and what the device keeps as its session snapshot. */
export const SessionUserSchema = z
  .object({
    id: UuidSchema,
    role: RoleSchema,
    unitId: UuidSchema,
    name: z.string(),
    username: z.string(),
  })
  .strict();
export type SessionUser = z.infer<typeof SessionUserSchema>;
