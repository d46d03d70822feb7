import { CaseListQuerySchema } from "@/lib/domain/api/cases";
import { listCases } from "@/lib/server/cases/list-cases";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

export const GET = defineRoute({
  roles: ["officer", "supervisor", "leader", "admin"],
  query: CaseListQuerySchema,
  handler: async ({ user, query }) => listCases((await getDatabase()).db, user, query),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
