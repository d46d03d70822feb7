import { formatVnd } from "@/lib/domain/money";
import { COUNCIL_VOTE_LABELS, SELF_SET_PRICE_REASON_LABELS } from "@/lib/domain/records/labels";
import type { CouncilMember, ValuationFirm, ValuationMethod } from "@/lib/domain/records/valuation-method";
import { formalDateVi } from "./print-format";

function Firm({ firm }: { firm: ValuationFirm }) {
  return (
    <ul>
      <li>
        Tổ chức thẩm định giá: <span className="bb-bold">{firm.name}</span> ({firm.listReference}).
      </li>
      <li>
        Hợp đồng thẩm định giá số {firm.contractNumber} {formalDateVi(firm.contractDate)}.
      </li>
      <li>
        Chứng thư thẩm định giá số {firm.certificateNumber} {formalDateVi(firm.certificateDate)}; có hiệu lực đến{" "}
        {formalDateVi(firm.validUntil)}.
      </li>
      <li>
        Giá trị tài sản theo chứng thư: <span className="bb-bold">{formatVnd(firm.value)}</span>.
      </li>
    </ul>
  );
}

// NĐ 152/2026 Đ.60 k.3: the minutes record each member's opinion; majority vote, the chair decides a tie.
function Council({ council }: { council: Extract<ValuationMethod, { method: "hoi_dong" }>["council"] }) {
  const agree = council.members.filter((member: CouncilMember) => member.vote === "agree").length;
  return (
    <>
      <p>Quyết định thành lập Hội đồng xác định giá số {council.decisionNumber}. Ý kiến của các thành viên Hội đồng:</p>
      <table className="bb-table">
        <thead>
          <tr>
            <th style={{ width: "7%" }}>STT</th>
            <th style={{ width: "25%" }}>Họ và tên</th>
            <th style={{ width: "22%" }}>Chức vụ</th>
            <th>Ý kiến</th>
            <th style={{ width: "16%" }}>Biểu quyết</th>
          </tr>
        </thead>
        <tbody>
          {council.members.map((member, index) => (
            <tr key={index}>
              <td className="bb-num">{index + 1}</td>
              <td>
                {member.fullName}
                {member.isChair ? " (Chủ tịch Hội đồng)" : ""}
              </td>
              <td>{member.title}</td>
              <td>{member.opinion}</td>
              <td>{COUNCIL_VOTE_LABELS[member.vote].vi}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Kết quả biểu quyết: {agree}/{council.members.length} thành viên tán thành. Giá do Hội đồng xác định:{" "}
        <span className="bb-bold">{formatVnd(council.resultPrice)}</span>.
      </p>
    </>
  );
}

/** What the chosen valuation method recorded: the agreed price, the firm's certificate or the council's vote. */
export function ValuationMethodDetails({ method }: { method: ValuationMethod }) {
  switch (method.method) {
    case "thoa_thuan_gia":
      return (
        <p>
          Các đương sự thống nhất thỏa thuận giá tài sản là: <span className="bb-bold">{formatVnd(method.agreedPrice)}</span>.
        </p>
      );
    case "thoa_thuan_to_chuc":
    case "to_chuc_do_chv_chon":
      return <Firm firm={method.firm} />;
    case "hoi_dong":
      return <Council council={method.council} />;
    case "chv_tu_xac_dinh":
      return (
        <p>
          Lý do Chấp hành viên xác định giá: {SELF_SET_PRICE_REASON_LABELS[method.reason].vi}. Giá do Chấp hành viên xác định:{" "}
          <span className="bb-bold">{formatVnd(method.price)}</span>.
        </p>
      );
  }
}
