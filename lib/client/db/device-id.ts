import "client-only";
import { uuidv7 } from "uuidv7";
import type { FieldDatabase } from "./field-database";

// Apart from device-session.ts (which checks the stored user with zod) so that a screen which only needs the
// device's id does not load zod (issue #7: first-load JS).
const DEVICE_ID_KEY = "deviceId";

/** This installation's id, made once; it travels with every record (`deviceId`). */
export async function ensureDeviceId(db: FieldDatabase): Promise<string> {
  return db.transaction("rw", db.meta, async () => {
    const existing = await db.meta.get(DEVICE_ID_KEY);
    if (typeof existing?.value === "string") return existing.value;
    const id = uuidv7();
    await db.meta.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}
