import { AttachmentMimeSchema } from "../attachments";
import { Sha256HexSchema } from "../ids";
import { ProblemSchema } from "../sync-push";
import { z } from "../z";

// POST /api/attachments (multipart/form-data): several images in one request, each part a file named by its
// SHA-256. Per-request costs (routing, session, a round trip on a poor network) dominate for the small
// signatures and fingerprints a record carries, so the sync engine sends a record batch's images together.
// Answers 200 with one result per part; a part that is refused does not stop the others.
export const ATTACHMENT_BATCH_MAX_FILES = 20;
// One image at the 10 MB limit plus the others' and multipart's framing still fits.
export const ATTACHMENT_BATCH_MAX_BYTES = 12 * 1024 * 1024;
// The client fills a request up to this, so that most requests stay short on a slow link.
export const ATTACHMENT_BATCH_TARGET_BYTES = 2 * 1024 * 1024;

export const AttachmentBatchResultSchema = z.discriminatedUnion("status", [
  z.object({ sha256: Sha256HexSchema, status: z.enum(["created", "existing"]), mime: AttachmentMimeSchema, size: z.number().int().positive() }).strict(),
  z.object({ sha256: z.string(), status: z.literal("rejected"), problem: ProblemSchema }).strict(),
]);
export type AttachmentBatchResult = z.infer<typeof AttachmentBatchResultSchema>;

export const AttachmentBatchResponseSchema = z.object({ results: z.array(AttachmentBatchResultSchema) }).strict();
export type AttachmentBatchResponse = z.infer<typeof AttachmentBatchResponseSchema>;
