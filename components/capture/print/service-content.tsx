import { SERVED_DOCUMENT_TYPE_LABELS, SERVICE_CHANNEL_LABELS, SERVICE_OUTCOME_LABELS } from "@/lib/domain/records/labels";
import type { ServicePayload } from "@/lib/domain/records/service";
import { formalDateTimeVi, formalDateVi, identityVi } from "./print-format";
import { ServiceChannelDetails } from "./service-channel-details";

export type ValidNotification = { date: string | null; basis: string };

type Props = {
  payload: ServicePayload;
  validNotification: ValidNotification | null;
  imageUrl(sha256: string): string | undefined;
};

function Addressee({ addressee }: { addressee: ServicePayload["addressee"] }) {
  return (
    <p>
      Người được thông báo: <span className="bb-bold">{addressee.name}</span>
      {addressee.identity ? `; ${identityVi(addressee.identity)}` : ""}
      {addressee.address ? `; địa chỉ: ${addressee.address.asWritten}` : ""}.
    </p>
  );
}

// The valid notification date is computed elsewhere (deadline engine, domain §9) and only printed here.
function ValidDate({ validNotification }: { validNotification: ValidNotification }) {
  const date = validNotification.date === null ? "chưa xác định" : formalDateVi(validNotification.date);
  return (
    <p>
      Ngày thông báo hợp lệ: <span className="bb-bold">{date}</span> ({validNotification.basis}).
    </p>
  );
}

// Posting, publication and VNeID reach nobody in person: their only outcome, `delivered`, means the act was done
// (service.ts), and "Đã giao, nhận" would claim a receipt that never happened.
const IMPERSONAL_CHANNELS: readonly ServicePayload["channel"][] = ["niem_yet", "phuong_tien_thong_tin_dai_chung", "vneid"];

function outcomeVi(payload: ServicePayload): string {
  if (payload.outcome === "delivered" && IMPERSONAL_CHANNELS.includes(payload.channel)) return "Đã thực hiện";
  return SERVICE_OUTCOME_LABELS[payload.outcome].vi;
}

/** The document served, how and to whom, and what happened (domain §1.3). */
export function ServiceContent({ payload, validNotification, imageUrl }: Props) {
  const { document } = payload;
  return (
    <section>
      <p>Tiến hành thông báo văn bản thi hành án, cụ thể như sau:</p>
      <p>
        Văn bản thông báo: <span className="bb-bold">{SERVED_DOCUMENT_TYPE_LABELS[document.type].vi}</span> số {document.number}{" "}
        {formalDateVi(document.date)}; trích yếu: {document.title}.
      </p>
      <Addressee addressee={payload.addressee} />
      <p>Hình thức thông báo: {SERVICE_CHANNEL_LABELS[payload.channel].vi}.</p>
      <p>Thời điểm thực hiện: {formalDateTimeVi(payload.attemptedAt)}.</p>
      <p>
        Kết quả: <span className="bb-bold">{outcomeVi(payload)}</span>.
      </p>
      <ServiceChannelDetails payload={payload} imageUrl={imageUrl} />
      {validNotification && <ValidDate validNotification={validNotification} />}
    </section>
  );
}
