import { signOut } from "next-auth/react";
import { clearDeviceSession } from "@/lib/client/db/device-session";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { routes } from "@/lib/routes";

export const SIGN_OUT_OFFLINE_MESSAGE = "Không đăng xuất được: cần có mạng để máy chủ kết thúc phiên đăng nhập. Dữ liệu trên máy không thay đổi.";

/**
 * Ends the session on the server, then forgets the device session. Never the records: unsynced work stays on the
 * device, hidden from anyone else, for its author's next sign-in here (device-session.ts). The server goes first:
 * offline it cannot clear its cookie, and forgetting only the device session would sign the officer straight
 * back in at the next online check.
 */
export async function signOutOfDevice(): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await signOut({ redirect: false });
  } catch {
    return { ok: false, message: SIGN_OUT_OFFLINE_MESSAGE };
  }
  await clearDeviceSession(fieldDatabase());
  window.location.assign(routes.login);
  return { ok: true };
}
