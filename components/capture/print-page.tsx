"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import type { SessionUser } from "@/lib/domain/users";
import { SessionGate } from "../session/session-gate";
import { useOwnRecord } from "./use-own-record";

const READING_TEXT = "Đang đọc biên bản trên máy…";
// The printable document (its layout, the record's schema, zod) loads while the record is read from the phone,
// not with the page (issue #7: first-load JS); PrintView starts loading it at once.
const loadPrintBody = () => import("./print-body").then((module) => module.PrintBody);
const PrintBody = dynamic(loadPrintBody, { ssr: false, loading: () => <p role="status">{READING_TEXT}</p> });

/** /print?id=…: the A4 biên bản of a finalized record, printable or saved as PDF with no network. */
export function PrintPage() {
  const recordId = useSearchParams().get("id") ?? "";
  return <SessionGate>{({ user }) => <PrintView user={user} recordId={recordId} />}</SessionGate>;
}

function PrintView({ user, recordId }: { user: SessionUser; recordId: string }) {
  const own = useOwnRecord(recordId, user.id);
  useEffect(() => void loadPrintBody(), []);
  if (own === undefined) return <p role="status">{READING_TEXT}</p>;
  return <PrintBody own={own} />;
}
