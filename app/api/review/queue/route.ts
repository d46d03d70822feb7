import { ReviewQueueQuerySchema } from "@/lib/domain/api/review";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";

// A head's queue of their office's records; a leader reads the province's (and decides nothing).
export const GET = defineRoute({
  roles: ["supervisor", "leader"],
  query: ReviewQueueQuerySchema,
  handler: async ({ user, query }) => listReviewQueue((await getDatabase()).db, user, query),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
