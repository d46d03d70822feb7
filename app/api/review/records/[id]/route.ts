import { RecordIdParamsSchema } from "@/lib/domain/api/review";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { getReviewRecord } from "@/lib/server/review/get-review-record";

// One record as a reviewer sees it; every view is on the audit trail.
export const GET = defineRoute({
  roles: ["supervisor", "leader"],
  params: RecordIdParamsSchema,
  handler: async ({ user, params }) => getReviewRecord((await getDatabase()).db, user, params.id),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
