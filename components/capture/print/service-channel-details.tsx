import { POSTING_PLACE_LABELS } from "@/lib/domain/records/labels";
import type { ServicePayload } from "@/lib/domain/records/service";
import { formalDateTimeVi, formalDateVi, identityVi } from "./print-format";
import { PrintPhotos } from "./print-photos";

type Props = { payload: ServicePayload; imageUrl(sha256: string): string | undefined };

// TTLT 11/2016 Đ.2; NĐ 152/2026 Đ.16 k.3: name, relationship, date and hour and the commitment to hand over.
function SubstituteReceiver({ receiver }: { receiver: NonNullable<ServicePayload["substituteReceiver"]> }) {
  return (
    <p>
      Người nhận thay: <span className="bb-bold">{receiver.fullName}</span>
      {receiver.identity ? `; ${identityVi(receiver.identity)}` : ""}; quan hệ với người được thông báo: {receiver.relationship}; nhận
      văn bản lúc {formalDateTimeVi(receiver.receivedAt)}. Người nhận thay cam kết chuyển giao ngay văn bản cho người được thông
      báo.
    </p>
  );
}

function Posting({ posting, imageUrl }: { posting: NonNullable<ServicePayload["posting"]>; imageUrl: Props["imageUrl"] }) {
  return (
    <>
      <p>Nơi niêm yết:</p>
      <ul>
        {posting.places.map((place, index) => (
          <li key={index}>
            {POSTING_PLACE_LABELS[place.kind].vi}: {place.description}.
          </li>
        ))}
      </ul>
      <p>
        Ngày niêm yết: {formalDateVi(posting.postedOn)}; thời hạn niêm yết đến hết {formalDateVi(posting.endsOn)}.
      </p>
      <PrintPhotos
        photos={posting.photoSha256s.map((sha256, index) => ({ sha256, caption: `Ảnh niêm yết ${index + 1}` }))}
        imageUrl={imageUrl}
      />
    </>
  );
}

/** The block that belongs to the channel used: substitute receiver, posting, post, media or VNeID. */
export function ServiceChannelDetails({ payload, imageUrl }: Props) {
  const { substituteReceiver, posting, postal, media, vneid } = payload;
  return (
    <>
      {substituteReceiver && <SubstituteReceiver receiver={substituteReceiver} />}
      {posting && <Posting posting={posting} imageUrl={imageUrl} />}
      {postal && (
        <p>
          Gửi bảo đảm qua bưu điện: số hiệu bưu gửi {postal.trackingNumber}; ngày gửi {formalDateVi(postal.mailedOn)}.
        </p>
      )}
      {media && (
        <p>
          Đăng, phát trên {media.outlet}: lần thứ nhất {formalDateVi(media.firstPublishedOn)}; lần thứ hai{" "}
          {formalDateVi(media.secondPublishedOn)}.
        </p>
      )}
      {vneid && <p>Thời điểm ứng dụng VNeID ghi nhận đã gửi: {formalDateTimeVi(vneid.sentAt)}.</p>}
    </>
  );
}
