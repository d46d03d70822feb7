"use client";

import { useLiveQuery } from "dexie-react-hooks";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ensureDeviceId } from "@/lib/client/db/device-id";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { createDraft } from "@/lib/client/db/local-records";
import { calendarOf, readReferenceData } from "@/lib/client/db/reference-data";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { formatDateVi } from "@/lib/domain/dates";
import { RECORD_TYPE_LABELS_VI, type RecordType } from "@/lib/domain/records/record-types";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { captureContextOf } from "../capture/capture-context";
import { initialDraftFor } from "../capture/initial-draft";
import { SessionGate } from "../session/session-gate";
import { CaseDeadlineList } from "./case-deadline-list";
import { dueActionsFor, todayInVietnam } from "./case-deadlines";
import { CaseFacts } from "./case-facts";
import { CaseRecords } from "./case-records";

const NEW_RECORD_TYPES: RecordType[] = ["xac_minh", "thong_bao", "dinh_gia"];

/** /case?id=…: one case held on the phone, its deadlines, its records, and new biên bản. */
export function CasePage() {
  const caseId = useSearchParams().get("id") ?? "";
  return <SessionGate>{({ user }) => <CaseView user={user} caseId={caseId} />}</SessionGate>;
}

function CaseView({ user, caseId }: { user: SessionUser; caseId: string }) {
  const router = useRouter();
  const db = fieldDatabase();
  const held = useLiveQuery(async () => (await db.cases.get(caseId)) ?? null, [caseId]);
  const records = useLiveQuery(() => db.records.where("[authorId+caseId]").equals([user.id, caseId]).toArray(), [user.id, caseId]);
  const [creating, setCreating] = useState<RecordType | null>(null);
  const reference = useLiveQuery(() => readReferenceData(db, user.id), [user.id]);

  if (held === undefined || records === undefined) return <p role="status">Đang đọc hồ sơ trên máy…</p>;
  // Another user's case on a shared phone is not shown (architecture §6).
  if (held === null || held.heldBy !== user.id) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-xl font-semibold">Không tìm thấy hồ sơ</h1>
        <p>Hồ sơ này không có trên máy hoặc không được phân công cho bạn.</p>
        <Link href={routes.home} className="text-blue-800 underline">Về danh sách hồ sơ</Link>
      </div>
    );
  }
  const { detail } = held;

  async function startRecord(type: RecordType) {
    setCreating(type);
    const deviceId = await ensureDeviceId(db);
    const payload = initialDraftFor(type, captureContextOf(detail, user.name), new Date());
    const draft = await createDraft(db, { authorId: user.id, caseId, type, payload, deviceId });
    router.push(routes.record(draft.id));
  }

  return (
    <div className="flex flex-col gap-4">
      <Link href={routes.home} className="text-sm text-blue-800 underline">← Danh sách hồ sơ</Link>
      <header>
        <h1 className="text-2xl font-semibold">Hồ sơ {detail.case.decisionNumber}</h1>
        <p className="text-slate-700">
          Quyết định ngày {formatDateVi(detail.case.decisionDate)} · {detail.case.kind === "chu_dong" ? "Chủ động" : "Theo yêu cầu"} · {STATUS_LABELS_VI[detail.case.status]}
        </p>
      </header>
      <section aria-labelledby="new-record-title" className="rounded-md border border-blue-200 bg-blue-50 p-3">
        <h2 id="new-record-title" className="mb-2 font-semibold">Lập biên bản mới</h2>
        <div className="flex flex-col gap-2 sm:flex-row">
          {NEW_RECORD_TYPES.map((type) => (
            <button key={type} type="button" disabled={creating !== null} onClick={() => void startRecord(type)} className="min-h-11 rounded-md bg-blue-800 px-3 py-2 text-left text-white hover:bg-blue-900 disabled:bg-slate-400">
              {RECORD_TYPE_LABELS_VI[type]}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="deadlines-title">
        <h2 id="deadlines-title" className="mb-2 font-semibold">Thời hạn</h2>
        <CaseDeadlineList actions={dueActionsFor(detail, records, todayInVietnam(), calendarOf(reference))} />
      </section>
      <section aria-labelledby="records-title">
        <h2 id="records-title" className="mb-2 font-semibold">Biên bản đã lập</h2>
        <CaseRecords records={records} />
      </section>
      <CaseFacts detail={detail} />
    </div>
  );
}
