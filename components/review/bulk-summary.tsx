import type { BulkRun } from "./use-bulk-approve";

/** What a bulk approval did: how many were approved, and which were not, with the server's reason. */
export function BulkSummary({ summary, onDismiss }: { summary: NonNullable<BulkRun["summary"]>; onDismiss(): void }) {
  const total = summary.approved.length + summary.failures.length;
  const hasFailures = summary.failures.length > 0;
  return (
    <section
      role={hasFailures ? "alert" : "status"}
      data-testid="bulk-summary"
      className={`rounded-md border p-3 text-sm ${hasFailures ? "border-red-300 bg-red-50 text-red-950" : "border-green-300 bg-green-50 text-green-950"}`}
    >
      <p className="font-semibold">
        Đã duyệt {summary.approved.length}/{total} biên bản.
        {hasFailures ? ` ${summary.failures.length} biên bản chưa duyệt được:` : ""}
      </p>
      {hasFailures ? (
        <ul className="mt-1 list-disc pl-5" data-testid="bulk-failures">
          {summary.failures.map((failure) => (
            <li key={failure.id}>
              {summary.labels.get(failure.id) ?? failure.id}: {failure.message}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onDismiss} className="mt-2 min-h-11 rounded-md px-2 underline">
        Đóng thông báo
      </button>
    </section>
  );
}
