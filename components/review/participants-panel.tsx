import { attachmentUrl } from "@/lib/client/review-api";
import { PARTICIPANT_ROLE_LABELS, SIGN_OFF_LABELS } from "@/lib/domain/records/labels";
import type { Participant } from "@/lib/domain/records/participants";
import { Badge } from "../ui/badge";
import { ReviewCard } from "./review-card";
import { ZoomableImage } from "./zoomable-image";

function SignOff({ participant }: { participant: Participant }) {
  const { signOff, fullName } = participant;
  switch (signOff.kind) {
    case "signature":
    case "fingerprint":
      return (
        <div className="flex flex-col items-start gap-1">
          <Badge tone="success">{SIGN_OFF_LABELS[signOff.kind].vi}</Badge>
          <ZoomableImage
            src={attachmentUrl(signOff.attachmentSha256)}
            alt={`${signOff.kind === "signature" ? "Chữ ký" : "Dấu vân tay"} của ${fullName}`}
            thumbClassName="h-16 w-32 object-contain"
          />
        </div>
      );
    case "refused":
      // NĐ 62 Đ.12 k.4: a refusal is valid only when a witness signs; the witness is in this same list.
      return (
        <div className="flex flex-col items-start gap-1">
          <Badge tone="danger">{SIGN_OFF_LABELS.refused.vi}</Badge>
          {signOff.reason ? <p className="text-sm text-slate-800">Lý do: {signOff.reason}</p> : null}
        </div>
      );
    case "absent":
      return <Badge tone="warning">{SIGN_OFF_LABELS.absent.vi}</Badge>;
  }
}

/** Everyone named in the minutes and how each signed off: signature, fingerprint, refusal or absence. */
export function ParticipantsPanel({ participants }: { participants: readonly Participant[] }) {
  return (
    <ReviewCard title={`Người tham gia và ký xác nhận (${participants.length})`} testId="participants-panel">
      {participants.length === 0 ? (
        <p className="text-sm text-slate-700">Không đọc được danh sách người tham gia.</p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {participants.map((participant, index) => (
            <li key={index} data-testid="participant" className="flex flex-col gap-1 rounded-md border border-slate-200 p-3">
              <p className="font-medium text-slate-900">{participant.fullName}</p>
              <p className="text-sm text-slate-700">
                {PARTICIPANT_ROLE_LABELS[participant.role].vi}
                {participant.title ? ` · ${participant.title}` : ""}
              </p>
              <SignOff participant={participant} />
            </li>
          ))}
        </ul>
      )}
    </ReviewCard>
  );
}
