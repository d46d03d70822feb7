import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { PUSH_MAX_BODY_BYTES, PushEnvelopeSchema } from "@/lib/server/sync/push-request";
import { pushRecords } from "@/lib/server/sync/push-records";

// An officer's device sends its finalized records, at most 50 a batch; per-record outcomes come inside the 200.
// A supervisor sends their office's records through the same path when importing a lockdown hand-over file.
// Only the protocol is parsed here: pushRecords answers 426 for another protocol before judging the batch.
export const POST = defineRoute({
  roles: ["officer", "supervisor"],
  body: PushEnvelopeSchema,
  maxBodyBytes: PUSH_MAX_BODY_BYTES,
  handler: async ({ user, body }) => pushRecords((await getDatabase()).db, user, body),
});

export const { GET, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["POST"]);
