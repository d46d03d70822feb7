import { ResultsQuerySchema } from "@/lib/domain/api/results";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { getResults } from "@/lib/server/results/get-results";

// The annual results tree (issue #6), scoped to the caller: province, office or the officer's own node.
export const GET = defineRoute({
  roles: ["officer", "supervisor", "leader", "admin"],
  query: ResultsQuerySchema,
  handler: async ({ user, query }) => getResults((await getDatabase()).db, user, query),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
