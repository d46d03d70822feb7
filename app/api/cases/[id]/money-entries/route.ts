import { CaseIdParamsSchema } from "@/lib/domain/api/cases";
import { MoneyEntryInputSchema } from "@/lib/domain/api/ledger";
import { recordMoneyEntry } from "@/lib/server/cases/record-money-entry";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

// The head of the case's office records an assessment, a receipt, a đình chỉ or a miễn/giảm in whole đồng.
export const POST = defineRoute({
  roles: ["supervisor"],
  params: CaseIdParamsSchema,
  body: MoneyEntryInputSchema,
  handler: async ({ user, params, body }) => recordMoneyEntry((await getDatabase()).db, user, params.id, body),
});

export const { GET, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["POST"]);
