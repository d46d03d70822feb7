import { CaseIdParamsSchema } from "@/lib/domain/api/cases";
import { getCase } from "@/lib/server/cases/get-case";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

export const GET = defineRoute({
  roles: ["officer", "supervisor", "leader", "admin"],
  params: CaseIdParamsSchema,
  handler: async ({ user, params }) => getCase((await getDatabase()).db, user, params.id),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
