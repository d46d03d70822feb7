import { TargetInputSchema, TargetsQuerySchema } from "@/lib/domain/api/results";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { listTargets, setTarget } from "@/lib/server/results/set-target";

// Targets per unit and report year: set by the province's leader or an admin; read by them too.
export const GET = defineRoute({
  roles: ["leader", "admin"],
  query: TargetsQuerySchema,
  handler: async ({ user, query }) => listTargets((await getDatabase()).db, user, query.year),
});

export const PUT = defineRoute({
  roles: ["leader", "admin"],
  body: TargetInputSchema,
  handler: async ({ user, body }) => setTarget((await getDatabase()).db, user, body),
});

export const { POST, PATCH, DELETE } = otherMethodsNotAllowed(["GET", "PUT"]);
