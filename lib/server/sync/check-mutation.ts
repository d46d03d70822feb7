import "server-only";
import type { FieldError } from "@/lib/domain/errors";
import { createHash } from "node:crypto";
import { contentHashInput } from "@/lib/domain/records/content-hash";
import { FieldRecordSchema, type FieldRecord } from "@/lib/domain/records/field-record";
import type { MutationResult, PushMutation } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import { rejected } from "./push-results";

export type CheckedMutation = { ok: true; record: FieldRecord } | { ok: false; result: MutationResult };

/**
 * What can be decided about one mutation without the database: the record parses as a final record, its id is
 * the mutation's, its content hash is the one the server computes, and the caller is its author. Pure and
 * cheap, so the batch's transaction only does lookups and writes.
 */
export async function checkMutation(mutation: PushMutation, user: SessionUser): Promise<CheckedMutation> {
  const parsed = safeParseRecord(mutation.record);
  if (parsed === null) return refuse(mutation.id, "Biên bản không đọc được: dữ liệu sai định dạng", []);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
    return refuse(mutation.id, `Biên bản không hợp lệ (${errors.length} lỗi): ${errors[0]?.message ?? ""}`, errors);
  }
  const record = parsed.data;
  if (record.id !== mutation.id) {
    return refuse(mutation.id, "Mã biên bản khác mã của thao tác đồng bộ", [{ path: "id", message: "Phải trùng với mã của thao tác" }]);
  }
  if (record.state !== "final") {
    return refuse(mutation.id, "Chỉ gửi được biên bản đã hoàn tất", [{ path: "state", message: "Biên bản chưa hoàn tất" }]);
  }
  if (record.contentHash !== contentHashOf(record)) {
    return refuse(mutation.id, "Mã băm nội dung không khớp: biên bản đã bị thay đổi sau khi hoàn tất", [
      { path: "contentHash", message: "Không khớp với nội dung biên bản" },
    ]);
  }
  // An officer sends their own records. A supervisor may send their office's officers' records — the lockdown
  // hand-over import (issue #4) — which writeRecords checks against the case's office and assignment.
  if (user.role === "officer" && record.authorId !== user.id) {
    return { ok: false, result: rejected(mutation.id, "permission", "Chỉ người lập biên bản mới gửi được biên bản này") };
  }
  return { ok: true, record };
}

/**
 * A rule that throws on malformed input (a refinement reading a date that failed its own format check — e.g.
 * service.ts's localDateOf(attemptedAt) on "hôm qua") must cost this record a rejection, not the batch a 500.
 */
function safeParseRecord(value: unknown): ReturnType<typeof FieldRecordSchema.safeParse> | null {
  try {
    return FieldRecordSchema.safeParse(value);
  } catch {
    return null;
  }
}

/**
 * The domain's content hash (SHA-256 of contentHashInput), digested with node:crypto: the same bytes and the same
 * digest as computeContentHash, synchronously. WebCrypto's digest is a thread-pool job and a promise per call,
 * ~60 µs each, 10,000 times in a bench run; check-mutation.test.ts ties the two together.
 */
export function contentHashOf(record: FieldRecord): string {
  return createHash("sha256").update(contentHashInput(record)).digest("hex");
}

function refuse(id: string, detail: string, errors: FieldError[]): CheckedMutation {
  return { ok: false, result: rejected(id, "validation", detail, errors) };
}
