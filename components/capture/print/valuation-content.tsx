import { formatVnd } from "@/lib/domain/money";
import { VALUATION_METHOD_LABELS } from "@/lib/domain/records/labels";
import type { ValuationPayload } from "@/lib/domain/records/valuation";
import { amountInWordsVi } from "./amount-in-words";
import { formatQuantityVi } from "./print-format";
import { ValuationMethodDetails } from "./valuation-method-details";

function Assets({ assets }: { assets: ValuationPayload["assets"] }) {
  return (
    <table className="bb-table">
      <thead>
        <tr>
          <th style={{ width: "7%" }}>STT</th>
          <th>Tài sản</th>
          <th style={{ width: "32%" }}>Căn cứ kê biên</th>
          <th style={{ width: "16%" }}>Số lượng</th>
        </tr>
      </thead>
      <tbody>
        {assets.map((asset, index) => (
          <tr key={index}>
            <td className="bb-num">{index + 1}</td>
            <td>{asset.description}</td>
            <td>{asset.assetRef}</td>
            <td className="bb-num">
              {formatQuantityVi(asset.quantity)}
              {asset.unit ? ` ${asset.unit}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The assets valued, how their price was set, and the resulting auction starting price (domain §1.6). */
export function ValuationContent({ payload }: { payload: ValuationPayload }) {
  return (
    <section>
      <p>Tiến hành xác định giá các tài sản đã kê biên, cụ thể như sau:</p>
      <h2>1. Tài sản</h2>
      <Assets assets={payload.assets} />
      <h2>2. Phương thức xác định giá: {VALUATION_METHOD_LABELS[payload.method.method].vi}</h2>
      <ValuationMethodDetails method={payload.method} />
      <h2>3. Giá khởi điểm</h2>
      {/* Luật THADS Đ.98 k.1, Đ.101 k.1: the agreed or determined price is the auction's starting price. */}
      <p>
        Giá khởi điểm để bán đấu giá tài sản: <span className="bb-bold">{formatVnd(payload.startingPrice)}</span> (Bằng chữ:{" "}
        <span className="bb-italic">{amountInWordsVi(payload.startingPrice)}</span>).
      </p>
      {payload.notes && <p>Ghi chú: {payload.notes}</p>}
    </section>
  );
}
