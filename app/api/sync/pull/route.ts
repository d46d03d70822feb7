import { PullQuerySchema } from "@/lib/domain/sync-protocol";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { pullChanges } from "@/lib/server/sync/pull-changes";

// What an officer's phone holds offline. The wrapper answers with `Cache-Control: no-store`: a pull is personal
// data and must not linger in a shared cache or the browser's HTTP cache.
export const GET = defineRoute({
  roles: ["officer"],
  query: PullQuerySchema,
  handler: async ({ user, query }) => pullChanges((await getDatabase()).db, user, query),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
