import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { importLedger } from "@/lib/server/import/import-ledger";
import { readCsvBody } from "@/lib/server/import/read-csv-body";

// Import of the case ledger from the national software's CSV exports (docs/import-format.md): a supervisor for
// their office, a leader or an admin for their province. The body is the CSV itself, so no body schema: the
// wrapper authenticates and leaves the stream to readCsvBody; the rows are validated by the operation.
export const POST = defineRoute({
  roles: ["supervisor", "leader", "admin"],
  handler: async ({ user, request }) => importLedger((await getDatabase()).db, user, await readCsvBody(request)),
});

export const { GET, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["POST"]);
