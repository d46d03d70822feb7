import "server-only";
import { getServerSession } from "next-auth";
import { SessionUserSchema, type Role, type SessionUser } from "@/lib/domain/users";
import type { z } from "@/lib/domain/z";
import { authOptions } from "../auth/auth-options";
import { decodeSessionToken, sessionTokenFromCookieHeader } from "../auth/session-token";
import { AppError } from "./app-error";
import { jsonResponse } from "./json-response";
import { fieldErrors, problemResponse } from "./problem";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "./read-json-body";

type AnySchema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface RouteSpec<P, Q, B, U> {
  /** Roles allowed to call the route; `"public"` skips authentication. */
  roles: readonly Role[] | "public";
  params?: P;
  query?: Q;
  body?: B;
  maxBodyBytes?: number;
  handler: (input: { user: U; params: Infer<P>; query: Infer<Q>; body: Infer<B>; request: Request }) => Promise<unknown>;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one wrapper of every API route: authentication (401), role (403), `.strict()` parsing of params, query
 * and body (400 with field errors), then the handler. Every error leaves as RFC 9457 problem+json; anything
 * unexpected is logged and answered as a generic 500.
 */
export function defineRoute<
  P extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  R extends readonly Role[] | "public" = readonly Role[],
>(spec: RouteSpec<P, Q, B, R extends "public" ? SessionUser | null : SessionUser> & { roles: R }) {
  return async function route(request: Request, context: RouteContext): Promise<Response> {
    try {
      const user = await authorize(spec.roles, request);
      const params = parsePart<P>("params", spec.params, await context.params);
      const query = parsePart<Q>("query", spec.query, queryObject(new URL(request.url).searchParams));
      const rawBody = spec.body ? await readJsonBody(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined;
      const body = parsePart<B>("body", spec.body, rawBody);
      // The spec's user type is narrowed by its roles; authorize() guarantees the matching value at run time.
      const result = await spec.handler({ user: user as never, params, query, body, request });
      return result instanceof Response ? result : jsonResponse(result, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function authorize(roles: readonly Role[] | "public", request: Request): Promise<SessionUser | null> {
  if (roles === "public") return null;
  const user = await sessionUserOf(request);
  if (!user) throw new AppError("unauthenticated", { detail: "Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập" });
  if (!roles.includes(user.role)) throw new AppError("forbidden");
  return user;
}

/**
 * The signed-in user, read from the session cookie without re-issuing it: an API call needs to know who calls,
 * and the device refreshes its cookie through /api/auth/session. Without a configured secret (`next dev`),
 * next-auth's generated one is only known to getServerSession.
 */
async function sessionUserOf(request: Request): Promise<SessionUser | null> {
  const secret = authOptions.secret;
  if (!secret) return (await getServerSession(authOptions))?.user ?? null;
  const token = sessionTokenFromCookieHeader(request.headers.get("cookie")) ?? undefined;
  const decoded = await decodeSessionToken({ token, secret }).catch(() => null); // expired, forged or from another secret
  const parsed = SessionUserSchema.safeParse(decoded?.user);
  return parsed.success ? parsed.data : null;
}

function parsePart<S extends AnySchema | undefined>(part: string, schema: S | undefined, value: unknown): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("validation_failed", { errors: fieldErrors(part, parsed.error) });
  return parsed.data as Infer<S>;
}

/** Repeated keys become arrays so that a strict schema refuses them instead of silently taking one. */
function queryObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of searchParams) {
    const existing = result[key];
    result[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return result;
}

function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return problemResponse(error.code, { detail: error.detail, errors: error.errors, headers: error.headers });
  }
  console.error("[api] unexpected error", error);
  return problemResponse("internal");
}

const ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof ALL_METHODS)[number];

/**
 * Handlers answering 405 problem+json for the methods a route does not serve (Next's own 405 has no body).
 * Usage: `export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);`
 */
export function otherMethodsNotAllowed(allowed: readonly Method[]): Record<Method, () => Response> {
  const allow = allowed.join(", ");
  const handler = () => problemResponse("method_not_allowed", { detail: `Chỉ hỗ trợ ${allow}`, headers: { allow } });
  return Object.fromEntries(ALL_METHODS.map((method) => [method, handler])) as Record<Method, () => Response>;
}
