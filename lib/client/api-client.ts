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

type Fetch = typeof fetch;

async function send(url: string, init: RequestInit, fetchImpl: Fetch): Promise<Result<Response, ApiError>> {
  try {
    return ok(await fetchImpl(url, { ...init, credentials: "same-origin" }));
  } catch {
    return err({ kind: "network" });
  }
}

/** A response as the screen needs it: the contract's data, or the problem (409, 400 with field errors, …). */
async function readResponse<S extends z.ZodType>(response: Response, schema: S): Promise<Result<z.infer<S>, ApiError>> {
  if (response.status === 401) return err({ kind: "unauthenticated" });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    return err({ kind: "problem", status: response.status, problem: problem.success ? problem.data : {} });
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? ok(parsed.data) : err({ kind: "invalid_response" });
}

/**
 * GETs JSON from our API and validates it against the shared contract. Never throws: a lost network, a signed-out
 * session or a server error come back as values the screen can show.
 */
export async function getJson<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal, fetchImpl: Fetch = fetch): Promise<Result<z.infer<S>, ApiError>> {
  const sent = await send(url, { headers: { accept: "application/json" }, signal }, fetchImpl);
  return sent.ok ? readResponse(sent.data, schema) : sent;
}

/** POSTs a JSON body and validates the answer like `getJson`; a refusal (409, 400…) comes back with its problem. */
export async function postJson<S extends z.ZodType>(
  url: string,
  body: unknown,
  schema: S,
  signal?: AbortSignal,
  fetchImpl: Fetch = fetch,
): Promise<Result<z.infer<S>, ApiError>> {
  const init: RequestInit = { method: "POST", body: JSON.stringify(body), headers: { accept: "application/json", "content-type": "application/json" }, signal };
  const sent = await send(url, init, fetchImpl);
  return sent.ok ? readResponse(sent.data, schema) : sent;
}

/** POSTs raw bytes (a file) with their content type, and validates the answer like `getJson`. */
export async function postBytes<S extends z.ZodType>(
  url: string,
  bytes: ArrayBuffer,
  contentType: string,
  schema: S,
  signal?: AbortSignal,
  fetchImpl: Fetch = fetch,
): Promise<Result<z.infer<S>, ApiError>> {
  const init: RequestInit = { method: "POST", body: bytes, headers: { accept: "application/json", "content-type": contentType }, signal };
  const sent = await send(url, init, fetchImpl);
  return sent.ok ? readResponse(sent.data, schema) : sent;
}
