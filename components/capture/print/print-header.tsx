import type { CaseDetail } from "@/lib/domain/api/cases";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { BLANK, formalDateVi, placeNameOf, upperVi } from "./print-format";
import { placeOf, subjectLineOf } from "./record-facts";

// The official heading of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I): the issuing body on the
// left, the national title and motto on the right, then "place, ngày … tháng … năm …" and the document title.

function IssuingBody({ unitName }: { unitName: string | null }) {
  return (
    <div>
      <div className="bb-bold">{unitName ? upperVi(unitName) : BLANK}</div>
      <div className="bb-rule" />
    </div>
  );
}

function NationalTitle() {
  return (
    <div>
      <div className="bb-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
      <div className="bb-bold bb-motto">Độc lập - Tự do - Hạnh phúc</div>
    </div>
  );
}

function Grounds({ caseDetail }: { caseDetail: CaseDetail | null }) {
  if (caseDetail === null) {
    return <p>Căn cứ Quyết định thi hành án số {BLANK} ngày {BLANK};</p>;
  }
  const { decisionNumber, decisionDate, judgment } = caseDetail.case;
  return (
    <>
      <p>
        Căn cứ Bản án, Quyết định số {judgment.number} {formalDateVi(judgment.date)} của {judgment.court};
      </p>
      <p>
        Căn cứ Quyết định thi hành án số {decisionNumber} {formalDateVi(decisionDate)};
      </p>
    </>
  );
}

/** Issuing body, national title, place and date line, "BIÊN BẢN" title and the legal grounds. */
export function PrintHeader({ record, caseDetail }: { record: FieldRecord; caseDetail: CaseDetail | null }) {
  const place = placeNameOf(placeOf(record).address) ?? BLANK;
  return (
    <header>
      <div className="bb-header">
        <IssuingBody unitName={caseDetail?.unit.name ?? null} />
        <NationalTitle />
      </div>
      <p className="bb-dateline">
        {place}, {formalDateVi(record.capturedAt)}
      </p>
      {record.state !== "final" && <p className="bb-draft">BẢN NHÁP – CHƯA HOÀN TẤT, KHÔNG CÓ GIÁ TRỊ PHÁP LÝ</p>}
      <h1 className="bb-title">
        <span className="bb-title-main">BIÊN BẢN</span>
        <br />
        {subjectLineOf(record)}
      </h1>
      <Grounds caseDetail={caseDetail} />
    </header>
  );
}
