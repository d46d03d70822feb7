import { ResultCasesQuerySchema } from "@/lib/domain/api/result-cases";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { listResultCases } from "@/lib/server/results/list-result-cases";

// The cases behind one number of the annual results (issue #6), in the caller's scope, a page at a time.
export const GET = defineRoute({
  roles: ["officer", "supervisor", "leader", "admin"],
  query: ResultCasesQuerySchema,
  handler: async ({ user, query }) => listResultCases((await getDatabase()).db, user, query),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
