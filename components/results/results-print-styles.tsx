// The printed report: A4 landscape, because the table has twelve figure columns and a sum in đồng needs
// 15 characters. Printing drops the app's chrome, the controls and the chart (anything `data-print-hide`) and
// unrolls the table's sideways scroll so every column is on paper. Scoped to `results-*` classes.
const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  [data-print-hide] { display: none !important; }
  html, body { background: #fff !important; }
  #main { max-width: none !important; padding: 0 !important; }
  .results-report { gap: 8pt !important; font-size: 10pt; }
  .results-report h1 { font-size: 15pt; }
  .results-report h2 { font-size: 12pt; }
  .results-card { break-inside: avoid; padding: 6pt !important; border-color: #000 !important; }
  .results-scroll { overflow: visible !important; border: 0 !important; }
  .results-table { width: 100%; }
  .results-table tr { font-size: 8pt !important; }
  .results-table th, .results-table td { padding: 2pt 3pt !important; border: 0.5pt solid #000; min-height: 0 !important; }
  .results-report .results-figure-link { color: #000 !important; text-decoration: none !important; }
  .results-table button { min-height: 0 !important; padding: 0 !important; color: #000 !important; text-decoration: none !important; }
  .results-table .results-name { position: static !important; min-width: 36mm !important; }
  /* Chromium does not paint buttons in a header repeated on the next page: print the plain label instead. */
  .results-table .results-sort-button { display: none !important; }
  .results-table .results-print-label { display: inline !important; }
  .results-table thead { display: table-header-group; }
  /* The total once, at the end, rather than at the foot of every page. */
  .results-table tfoot { display: table-row-group; }
  .results-table tr { break-inside: avoid; }
}
`;

export function ResultsPrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
