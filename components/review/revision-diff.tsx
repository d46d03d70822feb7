import type { ReviewRecordView } from "@/lib/domain/api/review";
import { CHANGE_KIND_LABELS_VI, type ChangeKind, describePath, formatDiffValue } from "./diff-format";
import { ReviewCard } from "./review-card";

type Changes = NonNullable<ReviewRecordView["previous"]>["changes"];

// The colour repeats the word in the first column (and its sign), it never carries the meaning alone.
const ROW_STYLES: Record<ChangeKind, string> = { added: "bg-green-50", removed: "bg-red-50", changed: "bg-amber-50" };
const KIND_SIGNS: Record<ChangeKind, string> = { added: "+", removed: "−", changed: "~" };

/** What the officer changed in this revision compared with the record it replaces. */
export function RevisionDiff({ changes }: { changes: Changes }) {
  return (
    <ReviewCard title="Thay đổi so với bản trước" testId="revision-diff">
      {changes.length === 0 ? (
        <p className="text-sm text-slate-700">Nội dung không khác bản trước.</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Bảng thay đổi, cuộn ngang được">
          {/* Fixed columns: a long value (an image hash) wraps inside its cell instead of squeezing the field
              names; on a phone the table keeps a readable width and scrolls sideways. */}
          <table className="w-full min-w-[40rem] table-fixed border-collapse text-left text-sm">
            <caption className="sr-only">Các trường đã thay đổi: loại thay đổi, trường, giá trị trước và sau</caption>
            <colgroup>
              <col className="w-20" />
              <col className="w-[30%]" />
              <col />
              <col />
            </colgroup>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">Thay đổi</th>
                <th scope="col" className="p-2">Trường</th>
                <th scope="col" className="p-2">Trước</th>
                <th scope="col" className="p-2">Sau</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.path} data-testid="diff-row" data-kind={change.kind} data-path={change.path} className={`border-b border-slate-200 align-top ${ROW_STYLES[change.kind]}`}>
                  <td className="p-2 font-medium">
                    <span aria-hidden="true">{KIND_SIGNS[change.kind]} </span>
                    {CHANGE_KIND_LABELS_VI[change.kind]}
                  </td>
                  <th scope="row" className="p-2 font-normal">
                    <span className="block text-slate-900">{describePath(change.path)}</span>
                    <code className="block text-xs break-all text-slate-600">{change.path}</code>
                  </th>
                  <td className="p-2 [overflow-wrap:anywhere]" data-testid="diff-before">
                    {change.kind === "added" ? "—" : <del className="decoration-red-700">{formatDiffValue(change.before)}</del>}
                  </td>
                  <td className="p-2 [overflow-wrap:anywhere]" data-testid="diff-after">
                    {change.kind === "removed" ? "—" : <ins className="no-underline">{formatDiffValue(change.after)}</ins>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReviewCard>
  );
}
