import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

// Recomputes the whole audit chain: { ok: true, entries } or the first entry where it breaks.
export const GET = defineRoute({
  roles: ["admin"],
  handler: async () => verifyAuditChain((await getDatabase()).db),
});

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
