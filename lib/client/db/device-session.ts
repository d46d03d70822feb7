import "client-only";
import { type SessionUser, SessionUserSchema } from "@/lib/domain/users";
import type { DeviceSession, FieldDatabase } from "./field-database";

// Capture never depends on next-auth's useSession(), which empties itself when a refetch fails offline
// (https://github.com/nextauthjs/next-auth/issues/987). The screens read this snapshot, written after every
// successful online sign-in or session check.

const SESSION_KEY = "deviceSession";

export async function readDeviceSession(db: FieldDatabase): Promise<DeviceSession | null> {
  const entry = await db.meta.get(SESSION_KEY);
  const value = entry?.value as { user?: unknown; verifiedAt?: unknown } | undefined;
  const user = SessionUserSchema.safeParse(value?.user);
  if (!user.success || typeof value?.verifiedAt !== "string") return null;
  return { user: user.data, verifiedAt: value.verifiedAt };
}

export async function saveDeviceSession(db: FieldDatabase, user: SessionUser, now: Date = new Date()): Promise<void> {
  await db.meta.put({ key: SESSION_KEY, value: { user, verifiedAt: now.toISOString() } satisfies DeviceSession });
}

/**
 * Signing out forgets who is signed in, never what they captured: unsynced records stay on the device,
 * hidden from anyone else, until their author signs in again (architecture §6).
 */
export async function clearDeviceSession(db: FieldDatabase): Promise<void> {
  await db.meta.delete(SESSION_KEY);
}
