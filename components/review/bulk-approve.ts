import type { ApiError } from "@/lib/client/api-client";
import type { Result } from "@/lib/domain/result";
import { apiErrorMessage } from "./problem-text";

// Approving several records is several decisions, one request each and in order: each is audited on its own,
// and one record that moved on (a 409: the officer revised it, another head approved it) must not stop the
// others. Only a signed-out session stops the run, since every later request would fail the same way.

export interface BulkFailure {
  id: string;
  message: string;
}

export interface BulkOutcome {
  approved: string[];
  failures: BulkFailure[];
  isStoppedBySignOut: boolean;
}

export async function approveEach(
  ids: readonly string[],
  approve: (id: string) => Promise<Result<unknown, ApiError>>,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { approved: [], failures: [], isStoppedBySignOut: false };
  for (const [index, id] of ids.entries()) {
    const result = await approve(id);
    if (result.ok) outcome.approved.push(id);
    else if (result.error.kind === "unauthenticated") {
      outcome.isStoppedBySignOut = true;
      outcome.failures.push(...ids.slice(index).map((rest) => ({ id: rest, message: apiErrorMessage(result.error) })));
      break;
    } else outcome.failures.push({ id, message: apiErrorMessage(result.error) });
    onProgress(index + 1, ids.length);
  }
  return outcome;
}
