import "server-only";
import { SYNC_PROTOCOL_VERSION } from "@/lib/domain/sync-protocol";
import { PushRequestSchema, type PushRequest } from "@/lib/domain/sync-push";
import { z } from "@/lib/domain/z";
import { AppError } from "../http/app-error";
import { fieldErrors } from "../http/problem";

// A batch of 50 ordinary records is 40–150 KB of JSON (a verification with five signatures is ~3 KB, with long
// notes and a dozen assets ~30 KB, so 50 heavy ones ~1.5 MB). The schemas' own bounds let one pathological
// record reach ~3 MB (100 assets of 2,000-character descriptions, UTF-8 Vietnamese). 4 MB takes any single valid
// record and any realistic batch; a bigger batch gets a 413 and the device halves it.
export const PUSH_MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * What the route parses before anything else: only the protocol. A device of another protocol may send a body
 * of another shape, and must hear "update the app" (426), not a 400 about fields it cannot know.
 */
export const PushEnvelopeSchema = z.object({ protocol: z.number().int().positive() }).loose();
export type PushEnvelope = z.infer<typeof PushEnvelopeSchema>;

/** The envelope → a protocol-1 batch: 426 for another protocol, 400 with field errors for a malformed batch. */
export function parsePushRequest(envelope: PushEnvelope): PushRequest {
  if (envelope.protocol !== SYNC_PROTOCOL_VERSION) {
    throw new AppError("upgrade_required", {
      detail: `Máy chủ dùng giao thức đồng bộ ${SYNC_PROTOCOL_VERSION}, ứng dụng gửi giao thức ${envelope.protocol}: hãy cập nhật ứng dụng`,
    });
  }
  const parsed = PushRequestSchema.safeParse(envelope);
  if (!parsed.success) throw new AppError("validation_failed", { errors: fieldErrors("body", parsed.error) });
  return parsed.data;
}
