import { IsoDateSchema } from "@/lib/domain/date-schemas";
import { UuidSchema } from "@/lib/domain/ids";
import { RecordTypeSchema } from "@/lib/domain/records/envelope";
import type { RecordType } from "@/lib/domain/records/record-types";
import type { ReviewState } from "@/lib/domain/review/review-state";
import { ReviewStateSchema } from "@/lib/domain/review/review-schemas";

// The queue's filters live in the page's URL (/review?state=returned&page=2), so that going back from a record
// returns to the same list and a supervisor can bookmark « quá hạn của Chấp hành viên A ». The URL is typed by
// hand, so every part is parsed and a bad part is dropped rather than trusted.

export const QUEUE_PAGE_SIZE = 25;
/** In the page URL only: « every state », since an absent `state` means the default « Chờ duyệt ». */
export const ALL_STATES = "all";

export interface QueueFilters {
  state: ReviewState | null; // null: every state
  type: RecordType | null;
  officerId: string | null;
  from: string | null; // received on or after, yyyy-mm-dd
  to: string | null;
  isOverdueOnly: boolean;
  page: number;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = { state: "submitted", type: null, officerId: null, from: null, to: null, isOverdueOnly: false, page: 1 };

function parsed<T>(result: { success: true; data: T } | { success: false }): T | null {
  return result.success ? result.data : null;
}

export function filtersFromSearch(search: URLSearchParams): QueueFilters {
  const state = search.get("state");
  const page = Number(search.get("page"));
  return {
    state: state === ALL_STATES ? null : (parsed(ReviewStateSchema.safeParse(state)) ?? DEFAULT_QUEUE_FILTERS.state),
    type: parsed(RecordTypeSchema.safeParse(search.get("type"))),
    officerId: parsed(UuidSchema.safeParse(search.get("officerId"))),
    from: parsed(IsoDateSchema.safeParse(search.get("from"))),
    to: parsed(IsoDateSchema.safeParse(search.get("to"))),
    isOverdueOnly: search.get("overdue") === "true",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

function setCommon(search: URLSearchParams, filters: QueueFilters): void {
  if (filters.type) search.set("type", filters.type);
  if (filters.officerId) search.set("officerId", filters.officerId);
  if (filters.from) search.set("from", filters.from);
  if (filters.to) search.set("to", filters.to);
  if (filters.isOverdueOnly) search.set("overdue", "true");
}

/** The page's own query string; defaults are left out so the plain /review is the default view. */
export function filtersToSearch(filters: QueueFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.state !== DEFAULT_QUEUE_FILTERS.state) search.set("state", filters.state ?? ALL_STATES);
  setCommon(search, filters);
  if (filters.page > 1) search.set("page", String(filters.page));
  return search;
}

/** The query of GET /api/review/queue (ReviewQueueQuerySchema): an absent state is every state there. */
export function filtersToApiQuery(filters: QueueFilters, pageSize = QUEUE_PAGE_SIZE): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.state) search.set("state", filters.state);
  setCommon(search, filters);
  search.set("page", String(filters.page));
  search.set("pageSize", String(pageSize));
  return search;
}

/** A change of any filter starts again at page 1; only the pager moves pages. */
export function withFilter(filters: QueueFilters, patch: Partial<Omit<QueueFilters, "page">>): QueueFilters {
  return { ...filters, ...patch, page: 1 };
}

/** Why the filters cannot be sent, in the words the server would use, or null. */
export function filtersProblem(filters: QueueFilters): { field: "to"; message: string } | null {
  if (filters.from && filters.to && filters.from > filters.to) return { field: "to", message: "Ngày bắt đầu phải trước ngày kết thúc" };
  return null;
}
