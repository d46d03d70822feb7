"use client";

import { useMemo, useState, type ReactNode } from "react";
import type { ReviewDecisionResponse, ReviewRecordView } from "@/lib/domain/api/review";
import { AuditTrail } from "./audit-trail";
import { DecisionPanel } from "./decision-panel";
import { DecisionResult } from "./decision-result";
import { HeadDecisionNote } from "./head-decision-note";
import { IntegrityPanel } from "./integrity-panel";
import { LocationPanel } from "./location-panel";
import { ParticipantsPanel } from "./participants-panel";
import { PhotoGallery } from "./photo-gallery";
import { RecordDocument } from "./record-document";
import { RecordHeader } from "./record-header";
import { recordPartsOf } from "./record-parts";
import { ReviewHistory } from "./review-history";
import { RevisionDiff } from "./revision-diff";
import { RevisionHistory } from "./revision-history";
import { TimingPanel } from "./timing-panel";
import { BACK_LINK } from "./review-text";

/** The record as the server sent it, with the panels the head checks and the decision form (review-record-page.tsx). */
export function ReviewRecordBody({
  recordId,
  view,
  isLoading,
  errorAlert,
  back,
  reload,
}: {
  recordId: string;
  view: ReviewRecordView;
  isLoading: boolean;
  errorAlert: ReactNode;
  back: ReactNode;
  reload(): void;
}) {
  const [decided, setDecided] = useState<{ recordId: string; response: ReviewDecisionResponse } | null>(null);
  const parts = useMemo(() => recordPartsOf(view.record), [view]);

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
