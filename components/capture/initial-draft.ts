import type { RecordType } from "@/lib/domain/records/record-types";
import { initialServiceDraft, initialValuationDraft, initialVerificationDraft } from "./forms/initial-drafts";
import type { CaptureContext, DraftPayload } from "./record-form-contract";

/** A new draft of a record type, prefilled from the case and the officer. */
export function initialDraftFor(type: RecordType, context: CaptureContext, now: Date): DraftPayload {
  switch (type) {
    case "xac_minh":
      return initialVerificationDraft(context, now);
    case "thong_bao":
      return initialServiceDraft(context, now);
    case "dinh_gia":
      return initialValuationDraft(context, now);
  }
}
