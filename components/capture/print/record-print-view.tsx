import type { CaseDetail } from "@/lib/domain/api/cases";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { PrintClosing } from "./print-closing";
import { PrintFooter } from "./print-footer";
import { PrintHeader } from "./print-header";
import { PrintOpening } from "./print-opening";
import { PrintParticipants } from "./print-participants";
import { PrintSignatures } from "./print-signatures";
import { PrintStyles } from "./print-styles";
import { ServiceContent, type ValidNotification } from "./service-content";
import { ValuationContent } from "./valuation-content";
import { VerificationContent } from "./verification-content";

export interface RecordPrintViewProps {
  record: FieldRecord;
  caseDetail: CaseDetail | null;
  /** An object URL for a stored signature, fingerprint or photo; undefined when its bytes are missing. */
  imageUrl(sha256: string): string | undefined;
  /** The computed valid notification date of a service record (thông báo), printed when given. */
  validNotification?: ValidNotification | null;
}

function RecordContent({ record, caseDetail, imageUrl, validNotification }: RecordPrintViewProps) {
  switch (record.type) {
    case "xac_minh":
      return <VerificationContent payload={record.payload} caseDetail={caseDetail} imageUrl={imageUrl} />;
    case "thong_bao":
      return <ServiceContent payload={record.payload} validNotification={validNotification ?? null} imageUrl={imageUrl} />;
    case "dinh_gia":
      return <ValuationContent payload={record.payload} />;
  }
}

/**
 * A finalized biên bản as an A4 document in the official layout, to print or save as PDF from the browser.
 * Plain and synchronous (no hooks, no window): it renders on the server and offline alike.
 */
export function RecordPrintView(props: RecordPrintViewProps) {
  const { record, imageUrl } = props;
  return (
    <article className="bb-doc" lang="vi">
      <PrintStyles />
      {/* A table footer group is repeated by Chrome and Firefox at the bottom of every printed page and takes
          its own space, where a `position: fixed` footer would print over the last lines of each page. */}
      <table className="bb-page">
        <tbody>
          <tr>
            <td>
              <PrintHeader record={record} caseDetail={props.caseDetail} />
              <PrintOpening record={record} />
              <PrintParticipants participants={record.payload.participants} />
              <RecordContent {...props} />
              <PrintClosing record={record} />
              <PrintSignatures
                participants={record.payload.participants}
                imageUrl={imageUrl}
                needsSeal={record.type === "xac_minh"}
              />
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <td>
              <PrintFooter record={record} />
            </td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}
