import type { Ref } from "react";
import type { LedgerImportResponse } from "@/lib/domain/api/import";
import { LEDGER_FILE_LABELS_VI } from "@/lib/domain/import/ledger-columns";
import type { ImportOutcome, RowError } from "./import-outcome";

const COUNT = new Intl.NumberFormat("vi-VN");

/** What became of the file: its summary, or the rows to correct. Focused when it appears, so it is read out. */
export function LedgerImportOutcome({ outcome, fileName, headingRef }: { outcome: ImportOutcome; fileName: string; headingRef: Ref<HTMLHeadingElement> }) {
  switch (outcome.kind) {
    case "imported":
      return <ImportedSummary headingRef={headingRef} response={outcome.response} fileName={fileName} />;
    case "refused":
      return <RefusedReport headingRef={headingRef} detail={outcome.detail} errors={outcome.errors} fileName={fileName} />;
    case "failed":
      return (
        <section data-testid="ledger-import-failed" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-950">
          <h2 ref={headingRef} tabIndex={-1} className="font-semibold">
            Chưa nhập được tệp {fileName}
          </h2>
          <p>{outcome.message}</p>
        </section>
      );
  }
}

function ImportedSummary({ response, fileName, headingRef }: { response: LedgerImportResponse; fileName: string; headingRef: Ref<HTMLHeadingElement> }) {
  const { inserted, skipped, rows } = response;
  const isUnchanged = inserted.cases + inserted.obligations + inserted.decisions + inserted.moneyEntries === 0;
  const lines: [string, number, string][] = [
    ["Hồ sơ mới", inserted.cases, "cases"],
    ["Nghĩa vụ tiền", inserted.obligations, "obligations"],
    ["Quyết định", inserted.decisions, "decisions"],
    ["Dòng sổ tiền", inserted.moneyEntries, "money-entries"],
    ["Dòng đã có sẵn trong sổ (bỏ qua)", skipped, "skipped"],
  ];
  return (
    <section data-testid="ledger-import-summary" className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-3 text-green-950">
      <h2 ref={headingRef} tabIndex={-1} className="font-semibold">
        Đã nhập {LEDGER_FILE_LABELS_VI[response.kind]} {fileName}: {COUNT.format(rows)} dòng
      </h2>
      {isUnchanged ? <p data-testid="ledger-import-unchanged">Mọi dòng đã có sẵn trong sổ thụ lý, giống hệt: không có gì thay đổi.</p> : null}
      <dl className="grid grid-cols-[auto_auto] justify-start gap-x-4 gap-y-1">
        {lines.map(([label, value, testId]) => (
          <div key={testId} className="contents">
            <dt>{label}</dt>
            <dd className="text-right font-semibold tabular-nums" data-testid={`ledger-import-${testId}`}>
              {COUNT.format(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function RefusedReport({ detail, errors, fileName, headingRef }: { detail: string; errors: readonly RowError[]; fileName: string; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section data-testid="ledger-import-refused" className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-950">
      <h2 ref={headingRef} tabIndex={-1} className="font-semibold">
        Tệp {fileName} bị từ chối: không dòng nào được nhập
      </h2>
      <p data-testid="ledger-import-detail">{detail} Sửa các dòng dưới đây trong tệp rồi gửi lại cả tệp.</p>
      <div role="region" aria-label="Bảng lỗi theo dòng, cuộn được" tabIndex={0} className="max-h-[32rem] overflow-auto rounded border border-red-200 bg-white text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700">
        <table data-testid="ledger-import-errors" className="min-w-full border-collapse text-sm">
          <caption className="sr-only">Lỗi của tệp theo số dòng trong bảng tính (dòng tiêu đề là dòng 1)</caption>
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1 text-right">
                Dòng
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                Cột
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                Lỗi
              </th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.line ?? "-"}/${error.column ?? "-"}/${index}`} data-testid="ledger-import-error" className="border-t border-slate-200 align-top">
                <th scope="row" className="px-2 py-1 text-right font-normal tabular-nums">
                  {error.line ?? "—"}
                </th>
                <td className="px-2 py-1">
                  <code>{error.column ?? "—"}</code>
                </td>
                <td className="px-2 py-1">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
