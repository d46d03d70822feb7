import { checkHealth } from "@/lib/server/health/check-health";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ roles: "public", handler: () => checkHealth() });

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["GET"]);
