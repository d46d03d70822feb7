import { PARTICIPANT_ROLE_LABELS, SIGN_OFF_LABELS } from "@/lib/domain/records/labels";
import type { Participant } from "@/lib/domain/records/participants";
import { PrintImage } from "./print-image";

type ImageUrl = (sha256: string) => string | undefined;

function SignMark({ participant, imageUrl }: { participant: Participant; imageUrl: ImageUrl }) {
  const { signOff, fullName } = participant;
  switch (signOff.kind) {
    case "signature":
      return <PrintImage src={imageUrl(signOff.attachmentSha256)} alt={`Chữ ký của ${fullName}`} placeholder="[Chữ ký]" />;
    case "fingerprint":
      return (
        <>
          <PrintImage src={imageUrl(signOff.attachmentSha256)} alt={`Dấu vân tay của ${fullName}`} placeholder="[Vân tay]" />
          <div className="bb-italic">Điểm chỉ</div>
        </>
      );
    case "refused":
      // NĐ 62 Đ.12 k.4; NĐ 152/2026 Đ.16 k.6: the refusal is written into the minutes, attested by a witness.
      return (
        <>
          <div className="bb-bold">{SIGN_OFF_LABELS.refused.vi}</div>
          {signOff.reason ? <div className="bb-italic">(Lý do: {signOff.reason})</div> : null}
        </>
      );
    case "absent":
      return <div className="bb-bold">{SIGN_OFF_LABELS.absent.vi}</div>;
  }
}

/**
 * One signature cell per participant. `needsSeal` marks the local authority's cell "đóng dấu": on a verification
 * the UBND xã (or the unit) signs and stamps the minutes (NĐ 152/2026 Đ.21 k.4).
 */
export function PrintSignatures({
  participants,
  imageUrl,
  needsSeal,
}: {
  participants: readonly Participant[];
  imageUrl: ImageUrl;
  needsSeal: boolean;
}) {
  return (
    <section className="bb-signatures">
      {participants.map((participant, index) => (
        <div key={index} className="bb-sign">
          <div className="bb-sign-role">{PARTICIPANT_ROLE_LABELS[participant.role].vi}</div>
          <div className="bb-italic">
            {needsSeal && participant.role === "dai_dien_chinh_quyen" ? "(Ký, ghi rõ họ tên, đóng dấu)" : "(Ký, ghi rõ họ tên)"}
          </div>
          <div className="bb-sign-mark">
            <SignMark participant={participant} imageUrl={imageUrl} />
          </div>
          <div className="bb-sign-name">{participant.fullName}</div>
        </div>
      ))}
    </section>
  );
}
