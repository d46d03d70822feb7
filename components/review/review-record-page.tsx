"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { apiErrorMessage } from "./problem-text";
import { BACK_LINK, LOADING_TEXT, RETRY_TEXT } from "./review-text";
import { useRecordView } from "./use-record-view";

// Everything shown of the record loads while its request runs, not with the page (issue #7: first-load JS):
// the document, its panels and the decision form are only drawn once the server has answered.
const ReviewRecordBody = dynamic(() => import("./review-record-body").then((module) => module.ReviewRecordBody), {
  ssr: false,
  loading: () => <p role="status">{LOADING_TEXT}</p>,
});

/** /review/record?id=…: one record with everything the head checks before deciding. */
export function ReviewRecordPage() {
  const recordId = useSearchParams().get("id") ?? "";
  return <SessionGate>{() => <RecordReview recordId={recordId} />}</SessionGate>;
}

function RecordReview({ recordId }: { recordId: string }) {
  const { view, error, isLoading, reload } = useRecordView(recordId);
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
  if (!view) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        {isLoading ? <p role="status">{LOADING_TEXT}</p> : errorAlert}
      </div>
    );
  }
  return <ReviewRecordBody recordId={recordId} view={view} isLoading={isLoading} errorAlert={errorAlert} back={back} reload={reload} />;
}
