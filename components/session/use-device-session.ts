"use client";

import { useLiveQuery } from "dexie-react-hooks";
import { fieldDatabase, type DeviceSession } from "@/lib/client/db/field-database";
import { readDeviceSession } from "@/lib/client/db/device-session";

/** The signed-in user as the device knows it: undefined while reading, null when nobody is signed in. */
export function useDeviceSession(): DeviceSession | null | undefined {
  return useLiveQuery(() => readDeviceSession(fieldDatabase()), []);
}
