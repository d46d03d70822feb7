import { DecisionParamsSchema } from "@/lib/domain/api/review";
import { ReviewDecisionSchema } from "@/lib/domain/review/review-schemas";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { decideRecord } from "@/lib/server/review/decide-record";

// The head of the record's office approves it or returns it with a reason; leaders and officers decide nothing.
export const POST = defineRoute({
  roles: ["supervisor"],
  params: DecisionParamsSchema,
  body: ReviewDecisionSchema,
  handler: async ({ user, params, body }) => decideRecord((await getDatabase()).db, user, params.recordId, body),
});

export const { GET, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["POST"]);
