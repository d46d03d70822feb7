import "server-only";
import { sql } from "drizzle-orm";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { reviewTransition, type ReviewState } from "@/lib/domain/review/review-state";
import type { MutationResult } from "@/lib/domain/sync-push";
import { queryRows, type Db } from "../db/client";
import { rejected } from "./push-results";
import { nextServerSeq } from "./server-seq";

/** What the server holds of a record a revision points to. */
export interface RevisedOriginal {
  id: string;
  authorId: string;
  caseId: string;
  reviewState: ReviewState;
}

/** The originals the batch's revisions point to, as stored (call it under the server_seq lock). */
export async function findRevisedOriginals(tx: Db, records: readonly FieldRecord[]): Promise<Map<string, RevisedOriginal>> {
  const ids = [...new Set(records.flatMap((record) => (record.revisionOf ? [record.revisionOf] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; author_id: string; case_id: string; review_state: ReviewState }>(
    tx,
    sql`SELECT id, author_id, case_id, review_state FROM field_records WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid) FOR UPDATE`,
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, authorId: row.author_id, caseId: row.case_id, reviewState: row.review_state }]));
}

/**
 * Why a revision cannot be accepted, or null. A revision replaces a record of the same case and author, whose
 * review allows it (submitted or returned: review-state.ts); an original the server never accepted (it was
 * rejected, or is still on the phone) is nothing to replace, and the revision is simply a new record.
 */
export function revisionRefusal(record: FieldRecord, original: RevisedOriginal | undefined, alreadyRevised: ReadonlySet<string>): MutationResult | null {
  if (!record.revisionOf || !original) return null;
  if (original.authorId !== record.authorId || original.caseId !== record.caseId) {
    return rejected(record.id, "validation", "Bản sửa phải cùng hồ sơ và cùng người lập với biên bản gốc", [{ path: "revisionOf", message: "Biên bản gốc thuộc hồ sơ hoặc người lập khác" }]);
  }
  const move = alreadyRevised.has(original.id) ? { ok: false as const, message: "Biên bản gốc đã có một bản sửa khác" } : reviewTransition(original.reviewState, "supersede");
  if (!move.ok) return rejected(record.id, "review_state", move.message, [{ path: "revisionOf", message: move.message }]);
  return null;
}

/** Marks each original superseded by its revision, with a new server_seq so that the author's phones learn it. */
export async function supersedeOriginals(tx: Db, pairs: readonly { id: string; by: string }[]): Promise<{ id: string; by: string; serverSeq: number }[]> {
  if (pairs.length === 0) return [];
  const rows = await queryRows<{ id: string; server_seq: string | number; superseded_by: string }>(
    tx,
    sql`UPDATE field_records AS f SET review_state = 'superseded', superseded_by = p.by, server_seq = ${nextServerSeq()}
      FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS p(id uuid, by uuid)
      WHERE f.id = p.id
      RETURNING f.id, f.server_seq, f.superseded_by`,
  );
  return rows.map((row) => ({ id: row.id, by: row.superseded_by, serverSeq: Number(row.server_seq) }));
}
