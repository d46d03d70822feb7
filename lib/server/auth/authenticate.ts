import "server-only";
import { eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { users } from "../db/schema";
import { isLoginBlocked, recordLoginAttempt, type LoginLimits } from "./login-rate-limit";
import { verifyPassword } from "./password";

export type AuthenticateOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid_credentials" | "rate_limited" };

// Verifying against a real hash even for unknown usernames keeps the response time the same, so timing does
// not reveal which usernames exist.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function authenticate(
  db: Db,
  credentials: { username: string; password: string },
  ip: string,
  limits: LoginLimits,
): Promise<AuthenticateOutcome> {
  const username = credentials.username.trim().toLowerCase();
  if (await isLoginBlocked(db, username, ip, limits)) return { ok: false, reason: "rate_limited" };

  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  const passwordMatches = await verifyPassword(credentials.password, row?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(row && row.isActive && passwordMatches);
  await recordLoginAttempt(db, username, ip, succeeded);
  if (!row || !succeeded) return { ok: false, reason: "invalid_credentials" };

  return {
    ok: true,
    user: { id: row.id, role: row.role, unitId: row.unitId, name: row.displayName, username: row.username },
  };
}
