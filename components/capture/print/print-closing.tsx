import type { FieldRecord } from "@/lib/domain/records/field-record";
import { BLANK, formalDateTimeVi, formalTimeVi, isSameDayVi } from "./print-format";

// Đ.44 k.4 and the domain's capture notes (§9): a verification's minutes state when the act ended.
function EndLine({ startedAt, endedAt }: { startedAt: string; endedAt: string }) {
  const end = isSameDayVi(startedAt, endedAt) ? `${formalTimeVi(endedAt)} cùng ngày` : formalDateTimeVi(endedAt);
  return <p>Biên bản kết thúc vào lúc {end}.</p>;
}

/** The end time, the number of copies (filled in by hand: the device does not know it) and the reading-back. */
export function PrintClosing({ record }: { record: FieldRecord }) {
  return (
    <section>
      {record.type === "xac_minh" && <EndLine startedAt={record.payload.startedAt} endedAt={record.payload.endedAt} />}
      <p>
        Biên bản được lập thành {BLANK} bản, đã đọc lại cho những người có tên trên cùng nghe và ký tên dưới đây.
      </p>
    </section>
  );
}
