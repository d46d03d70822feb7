"use client";

import dynamic from "next/dynamic";
import { useEffect, useReducer } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { countUnsyncedRecords } from "@/lib/client/db/unsynced-records";
import type { SessionUser } from "@/lib/domain/users";
import { useI18n } from "../i18n/i18n-provider";
import { nextSignOutStep } from "./sign-out-flow";
import { signOutOfDevice } from "./sign-out-of-device";

// The dialog (with the hand-over export and its encryption) loads only when it is needed; it is precached.
const SignOutDialog = dynamic(() => import("./sign-out-dialog").then((module) => module.SignOutDialog), { ssr: false });

/** « Đăng xuất », held back while the server lacks some of this user's records (sign-out-flow.ts). */
export function SignOutButton({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [step, dispatch] = useReducer(nextSignOutStep, { kind: "closed" });

  async function start() {
    dispatch({ type: "start" });
    try {
      dispatch({ type: "counted", counts: await countUnsyncedRecords(fieldDatabase(), user.id) });
    } catch {
      dispatch({ type: "failed", message: "Không đọc được dữ liệu trên máy để kiểm tra biên bản chưa gửi. Chưa đăng xuất." });
    }
  }

  useEffect(() => {
    if (step.kind !== "signing-out") return;
    void signOutOfDevice().then((result) => (result.ok ? undefined : dispatch({ type: "failed", message: result.message })));
  }, [step.kind]);

  return (
    <>
      <button
        type="button"
        onClick={() => void start()}
        disabled={step.kind === "checking" || step.kind === "signing-out"}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {t("nav.signOut")}
      </button>
      {step.kind === "closed" || step.kind === "checking" || step.kind === "signing-out" ? null : <SignOutDialog step={step} dispatch={dispatch} user={user} />}
    </>
  );
}
