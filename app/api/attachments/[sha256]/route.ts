import { AttachmentParamsSchema } from "@/lib/domain/attachments";
import { attachmentStore } from "@/lib/server/attachments/attachment-store";
import { getAttachment } from "@/lib/server/attachments/get-attachment";
import { putAttachment } from "@/lib/server/attachments/put-attachment";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";
import { jsonResponse } from "@/lib/server/http/json-response";

// Photos, signatures and fingerprints by content address (architecture §4–§5). PUT declares no body schema,
// so the wrapper authenticates and parses the address but leaves the raw image stream to putAttachment.
const SIGNED_IN = ["officer", "supervisor", "leader", "admin"] as const;

export const PUT = defineRoute({
  roles: SIGNED_IN,
  params: AttachmentParamsSchema,
  handler: async ({ user, params, request }) => {
    const { created, ...attachment } = await putAttachment((await getDatabase()).db, attachmentStore(), user, params.sha256, request);
    return jsonResponse(attachment, {
      status: created ? 201 : 200,
      headers: { "cache-control": "no-store", ...(created ? { location: `/api/attachments/${attachment.sha256}` } : {}) },
    });
  },
});

export const GET = defineRoute({
  roles: SIGNED_IN,
  params: AttachmentParamsSchema,
  handler: async ({ user, params }) => getAttachment((await getDatabase()).db, attachmentStore(), user, params.sha256),
});

export const { POST, PATCH, DELETE } = otherMethodsNotAllowed(["GET", "PUT"]);
