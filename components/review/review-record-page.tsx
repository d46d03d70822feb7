"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import type { ReviewDecisionResponse } from "@/lib/domain/api/review";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { AuditTrail } from "./audit-trail";
import { DecisionPanel } from "./decision-panel";
import { DecisionResult } from "./decision-result";
import { HeadDecisionNote } from "./head-decision-note";
import { IntegrityPanel } from "./integrity-panel";
import { LocationPanel } from "./location-panel";
import { ParticipantsPanel } from "./participants-panel";
import { PhotoGallery } from "./photo-gallery";
import { apiErrorMessage } from "./problem-text";
import { RecordDocument } from "./record-document";
import { RecordHeader } from "./record-header";
import { recordPartsOf } from "./record-parts";
import { ReviewHistory } from "./review-history";
import { LOADING_TEXT, RETRY_TEXT } from "./review-text";
import { RevisionDiff } from "./revision-diff";
import { RevisionHistory } from "./revision-history";
import { TimingPanel } from "./timing-panel";
import { useRecordView } from "./use-record-view";

const BACK_LINK = "inline-flex min-h-11 items-center self-start text-blue-800 underline";

/** /review/record?id=…: one record with everything the head checks before deciding. */
export function ReviewRecordPage() {
  const recordId = useSearchParams().get("id") ?? "";
  return <SessionGate>{() => <RecordReview recordId={recordId} />}</SessionGate>;
}

function RecordReview({ recordId }: { recordId: string }) {
  const { view, error, isLoading, reload } = useRecordView(recordId);
  const [decided, setDecided] = useState<{ recordId: string; response: ReviewDecisionResponse } | null>(null);
  const parts = useMemo(() => (view ? recordPartsOf(view.record) : null), [view]);
  const back = (
    <Link href={routes.review} className={BACK_LINK}>
      ← Danh sách biên bản
    </Link>
  );

  if (!recordId) return <div className="flex flex-col gap-3">{back}<Alert>Thiếu mã biên bản trong địa chỉ trang.</Alert></div>;
  const errorAlert = error ? (
    <Alert>
      {apiErrorMessage(error)}{" "}
      <button type="button" className="min-h-11 underline" onClick={reload}>
        {RETRY_TEXT}
      </button>
    </Alert>
  ) : null;
  if (!view || !parts) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        {isLoading ? <p role="status">{LOADING_TEXT}</p> : errorAlert}
      </div>
    );
  }

  function onDecided(response: ReviewDecisionResponse) {
    setDecided({ recordId, response });
    reload();
  }

  return (
    <div className="flex flex-col gap-4" aria-busy={isLoading}>
      {back}
      <RecordHeader view={view} />
      {decided?.recordId === recordId ? <DecisionResult response={decided.response} /> : null}
      {view.canDecide ? (
        <a href="#decision" className={BACK_LINK}>
          Đến phần quyết định duyệt ↓
        </a>
      ) : null}
      {isLoading ? <p role="status">Đang tải lại…</p> : null}
      {errorAlert}
      {view.headDecision ? <HeadDecisionNote kind={view.headDecision} caseId={view.case.id} /> : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <IntegrityPanel integrity={view.integrity} />
        <TimingPanel timing={view.timing} />
        <LocationPanel location={parts.location} locationNote={parts.locationNote} />
      </div>
      {view.previous ? <RevisionDiff changes={view.previous.changes} /> : null}
      <ParticipantsPanel participants={parts.participants} />
      <PhotoGallery photos={parts.photos} />
      <RecordDocument record={parts.record} raw={view.record} caseId={view.case.id} />
      {view.canDecide ? <DecisionPanel recordId={recordId} onDecided={onDecided} /> : null}
      <RevisionHistory revisions={view.revisions} currentId={recordId} />
      <ReviewHistory reviews={view.reviews} />
      <AuditTrail entries={view.audit} />
    </div>
  );
}
