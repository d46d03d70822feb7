import { CaseIdParamsSchema } from "@/lib/domain/api/cases";
import { CaseDecisionInputSchema } from "@/lib/domain/api/ledger";
import { recordCaseDecision } from "@/lib/server/cases/record-case-decision";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

// The head of the case's office records a status decision (thụ lý, chưa có điều kiện, hoãn, đình chỉ…).
export const POST = defineRoute({
  roles: ["supervisor"],
  params: CaseIdParamsSchema,
  body: CaseDecisionInputSchema,
  handler: async ({ user, params, body }) => recordCaseDecision((await getDatabase()).db, user, params.id, body),
});

export const { GET, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["POST"]);
