import "client-only";
import { err, ok, type Result } from "@/lib/domain/result";
import { z } from "@/lib/domain/z";

const ProblemSchema = z
  .object({
    title: z.string().optional(),
    detail: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .loose();
export type Problem = z.infer<typeof ProblemSchema>;

export type ApiError =
  | { kind: "network" }
  | { kind: "unauthenticated" }
  | { kind: "problem"; status: number; problem: Problem }
  | { kind: "invalid_response" };

/**
 * GETs JSON from our API and validates it against the shared contract. Never throws: a lost network, a signed-out
 * session or a server error come back as values the screen can show.
 */
export async function getJson<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<Result<z.infer<S>, ApiError>> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: "application/json" }, credentials: "same-origin", signal });
  } catch {
    return err({ kind: "network" });
  }
  if (response.status === 401) return err({ kind: "unauthenticated" });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    return err({ kind: "problem", status: response.status, problem: problem.success ? problem.data : {} });
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? ok(parsed.data) : err({ kind: "invalid_response" });
}
