import "server-only";
import { and, count, eq, gte } from "drizzle-orm";
import { env } from "@/lib/env";
import type { Db } from "../db/client";
import { loginAttempts } from "../db/schema";

export interface LoginLimits {
  maxFailuresPerUser: number;
  maxFailuresPerIp: number;
  windowMinutes: number;
}

export function loginLimitsFromEnv(): LoginLimits {
  return {
    maxFailuresPerUser: env.LOGIN_MAX_FAILURES_PER_USER,
    maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    windowMinutes: env.LOGIN_WINDOW_MINUTES,
  };
}

/**
 * Failed sign-ins are counted in the database, not in memory, so the limit holds across several app servers.
 * Per username against password guessing on one account; per IP against spraying many accounts.
 */
export async function isLoginBlocked(db: Db, username: string, ip: string, limits: LoginLimits, now = new Date()) {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const failuresSince = (column: typeof loginAttempts.username | typeof loginAttempts.ip, value: string) =>
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gte(loginAttempts.at, since)));
  const [[byUser], [byIp]] = await Promise.all([failuresSince(loginAttempts.username, username), failuresSince(loginAttempts.ip, ip)]);
  return (byUser?.n ?? 0) >= limits.maxFailuresPerUser || (byIp?.n ?? 0) >= limits.maxFailuresPerIp;
}

export async function recordLoginAttempt(db: Db, username: string, ip: string, succeeded: boolean, at = new Date()) {
  await db.insert(loginAttempts).values({ username, ip, succeeded, at });
}
