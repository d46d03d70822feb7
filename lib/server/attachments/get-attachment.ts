import "server-only";
import { and, eq, exists, or, sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import { caseScopeCondition } from "../auth/case-scope";
import type { Db } from "../db/client";
import { attachments, cases, fieldRecords, recordAttachments } from "../db/schema";
import { AppError } from "../http/app-error";
import type { AttachmentStore } from "./attachment-store";

// The address is the hash of the bytes, so a response can never go stale: cache it for a year, but only in
// the user's own browser (`private`), since it is personal data.
const CACHE_CONTROL = "private, max-age=31536000, immutable";

/**
 * GET /api/attachments/{sha256}: the bytes of one image, to a user who may see a record that carries it — the
 * record's author, or anyone whose case scope (architecture §6) holds the record's case. Everything else,
 * including an image uploaded but not (yet) in any record, answers 404 exactly like an unknown address, so
 * the API does not tell which photos exist.
 */
export async function getAttachment(db: Db, store: AttachmentStore, user: SessionUser, sha256: string): Promise<Response> {
  const [row] = await db
    .select({ mime: attachments.mime })
    .from(attachments)
    .where(and(eq(attachments.sha256, sha256), exists(recordsInScope(db, user, sha256))))
    .limit(1);
  if (!row) throw new AppError("not_found", { detail: "Không tìm thấy ảnh" });

  const stored = await store.openStream(sha256);
  // A row is written only after its bytes (put-attachment), so this is lost data, not a client error: a logged 500.
  if (!stored) throw new Error(`attachment ${sha256} has a row but no bytes in the store`);
  return new Response(stored.stream, {
    status: 200,
    headers: {
      "content-type": row.mime,
      "content-length": String(stored.size),
      "cache-control": CACHE_CONTROL,
      "x-content-type-options": "nosniff",
    },
  });
}

function recordsInScope(db: Db, user: SessionUser, sha256: string) {
  return db
    .select({ one: sql`1` })
    .from(recordAttachments)
    .innerJoin(fieldRecords, eq(fieldRecords.id, recordAttachments.recordId))
    .innerJoin(cases, eq(cases.id, fieldRecords.caseId))
    .where(and(eq(recordAttachments.sha256, sha256), or(eq(fieldRecords.authorId, user.id), caseScopeCondition(db, user))));
}
