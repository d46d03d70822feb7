// The printed biên bản carries its own stylesheet rather than Tailwind classes: the layout is fixed by the
// official template (A4, Times, 13–14 pt) and must come out the same offline, whatever the app theme does.
// Global CSS belongs to app/globals.css; everything here is scoped to `.bb-*` classes except @page and the
// rule that hides the app's chrome (anything marked `data-print-hide`) while printing.
const PRINT_CSS = `
@page { size: A4; margin: 20mm 15mm; }
@media print {
  [data-print-hide] { display: none !important; }
  /* The app's tinted page background would print as a grey band under the sheet when background graphics are on. */
  html, body { background: #fff !important; }
  .bb-doc { width: auto !important; padding: 0 !important; margin: 0 !important; box-shadow: none !important; }
}
@media screen {
  .bb-doc { margin: 16px auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
}
.bb-doc {
  box-sizing: border-box; width: 210mm; max-width: 100%; padding: 20mm 15mm; background: #fff; color: #000;
  font-family: "Times New Roman", Times, "Liberation Serif", "Noto Serif", serif; font-size: 13pt; line-height: 1.45;
}
.bb-doc *, .bb-doc *::before, .bb-doc *::after { box-sizing: border-box; }
.bb-doc p { margin: 0 0 3pt; text-align: justify; }
.bb-doc h2 { font-size: 13pt; font-weight: bold; margin: 8pt 0 3pt; break-after: avoid; }
.bb-doc ul, .bb-doc ol { margin: 0 0 3pt; padding-left: 7mm; }
.bb-page { width: 100%; border-collapse: collapse; }
.bb-page > tbody > tr > td, .bb-page > tfoot > tr > td { padding: 0; border: 0; vertical-align: top; }
.bb-header { display: grid; grid-template-columns: 5fr 7fr; gap: 4mm; font-size: 12.5pt; line-height: 1.3; text-align: center; }
.bb-bold { font-weight: bold; }
.bb-italic { font-style: italic; }
.bb-rule { width: 35%; margin: 2pt auto 0; border-top: 1px solid #000; }
.bb-motto { display: inline-block; padding-bottom: 2pt; border-bottom: 1px solid #000; font-size: 13pt; }
.bb-doc .bb-dateline { margin: 6pt 0 10pt; text-align: right; font-style: italic; }
.bb-title { margin: 8pt 0 8pt; text-align: center; font-weight: bold; font-size: 13pt; line-height: 1.35; }
.bb-title-main { font-size: 14pt; }
.bb-doc .bb-draft { font-weight: bold; text-align: center; border: 1px solid #000; padding: 2pt; margin-bottom: 6pt; }
.bb-table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.3; margin: 2pt 0 6pt; }
.bb-table th, .bb-table td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
.bb-table th { font-weight: bold; text-align: center; }
.bb-table tr { break-inside: avoid; }
.bb-num { text-align: right !important; white-space: nowrap; }
.bb-photos { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3pt 0 6pt; }
.bb-photo { margin: 0; break-inside: avoid; text-align: center; font-size: 10pt; line-height: 1.2; }
.bb-photo img { display: block; width: 100%; height: 32mm; object-fit: cover; border: 1px solid #000; }
.bb-placeholder {
  display: flex; align-items: center; justify-content: center; border: 1px dashed #000; color: #333;
  font-size: 11pt; font-style: italic;
}
.bb-photo .bb-placeholder { height: 32mm; }
.bb-signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 10mm; margin-top: 8pt; }
.bb-sign { break-inside: avoid; text-align: center; }
.bb-sign-role { font-weight: bold; text-transform: uppercase; font-size: 12.5pt; }
.bb-sign-mark { height: 28mm; display: flex; flex-direction: column; align-items: center; justify-content: center; }
.bb-sign-mark img { max-height: 24mm; max-width: 60mm; object-fit: contain; }
.bb-sign-mark .bb-placeholder { width: 50mm; height: 22mm; }
.bb-sign-name { font-weight: bold; }
.bb-footer {
  margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #000; font-family: "Courier New", Courier, monospace;
  font-size: 8pt; line-height: 1.3; word-break: break-all; text-align: left;
}
`;

/** The biên bản's stylesheet, A4 page box and print rules; render it once next to `RecordPrintView`. */
export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
