import { attachmentStore } from "@/lib/server/attachments/attachment-store";
import { postAttachments } from "@/lib/server/attachments/post-attachments";
import { getDatabase } from "@/lib/server/db/database";
import { defineRoute, otherMethodsNotAllowed } from "@/lib/server/http/define-route";

// Several images in one request (lib/domain/api/attachment-batch.ts): the sync engine's way to send a batch's
// signatures and photos; PUT /api/attachments/{sha256} stays for one image. No body schema: the handler reads
// the multipart body itself, within its limit.
export const POST = defineRoute({
  roles: ["officer", "supervisor", "leader", "admin"],
  handler: async ({ user, request }) => postAttachments((await getDatabase()).db, attachmentStore(), user, request),
});

export const { GET, PUT, PATCH, DELETE } = otherMethodsNotAllowed(["POST"]);
