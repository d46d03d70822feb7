"use client";

import { useState } from "react";
import { saveFile } from "@/lib/client/save-file";
import type { ResultNode, ResultsResponse } from "@/lib/domain/api/results";
import { Button } from "../ui/button";
import { toCsv } from "./results-csv";
import { exportFileName, exportTable } from "./results-export";
import { columnWidths, toSheetData } from "./results-xlsx";

type ExportState = { kind: "idle" } | { kind: "working" } | { kind: "failed"; message: string };

/** CSV, Excel and print. The Excel writer (write-excel-file, with its zip) is fetched only on the first click. */
export function ResultsExportBar({ response, node }: { response: ResultsResponse; node: ResultNode }) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });

  function downloadCsv() {
    const csv = toCsv(exportTable(response, node));
    saveFile(new Blob([csv], { type: "text/csv;charset=utf-8" }), exportFileName(response, node, "csv"));
  }

  async function downloadXlsx() {
    setState({ kind: "working" });
    try {
      const { default: writeXlsxFile } = await import("write-excel-file/browser");
      const table = exportTable(response, node);
      const blob = await writeXlsxFile(toSheetData(table), { sheet: "Kết quả", columns: columnWidths(table), stickyRowsCount: 1 }).toBlob();
      saveFile(blob, exportFileName(response, node, "xlsx"));
      setState({ kind: "idle" });
    } catch {
      // A chunk that did not load (the network dropped) is the usual cause; CSV needs no download.
      setState({ kind: "failed", message: "Không tạo được tệp Excel. Kiểm tra mạng rồi thử lại, hoặc tải tệp CSV." });
    }
  }

  return (
    <div data-print-hide className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={downloadCsv} data-testid="export-csv">
          Tải CSV
        </Button>
        <Button variant="secondary" onClick={() => void downloadXlsx()} disabled={state.kind === "working"} data-testid="export-xlsx">
          {state.kind === "working" ? "Đang tạo tệp Excel…" : "Tải Excel (XLSX)"}
        </Button>
        <Button variant="secondary" onClick={() => window.print()} data-testid="print-report">
          In báo cáo
        </Button>
      </div>
      {state.kind === "failed" ? (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
