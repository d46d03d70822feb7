import "client-only";
import { liveQuery } from "dexie";
import { readDeviceSession, saveDeviceSession } from "@/lib/client/db/device-session";
import { fieldDatabase, type DeviceSession } from "@/lib/client/db/field-database";
import { SessionUserSchema } from "@/lib/domain/users";

// Loaded by SessionGate with import(), after the first render: Dexie is then not part of the first load of the
// screens that never need it otherwise (the heads' review, results and imports, issue #7).

/** Calls `onChange` with the device session now and whenever it changes (sign-in, sign-out, another user). */
export function watchDeviceSession(onChange: (session: DeviceSession | null) => void): { unsubscribe(): void } {
  return liveQuery(() => readDeviceSession(fieldDatabase())).subscribe({
    next: onChange,
    error: () => onChange(null), // no IndexedDB (a private window, storage blocked): nobody known on this device
  });
}

/** Keeps the snapshot of the user the server confirmed, for the screens to work offline (device-session.ts). */
export async function rememberServerUser(user: unknown): Promise<void> {
  const parsed = SessionUserSchema.safeParse(user);
  if (parsed.success) await saveDeviceSession(fieldDatabase(), parsed.data);
}
