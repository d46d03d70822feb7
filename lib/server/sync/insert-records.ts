import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { auditChainHeadHash } from "../audit/append-audit";
import { queryRows, type Db } from "../db/client";
import { nextServerSeq } from "./server-seq";

export interface InsertedRecord {
  id: string;
  serverSeq: number;
  receivedAt: Date;
}

// Raw SQL on purpose: these statements run while the server_seq lock is held, so they are the part of a push
// that no other push can overlap. Building a 50-row, 15-column insert with the query builder cost ~3 ms of
// JavaScript per batch and the statement ~5.5 ms; one JSON parameter expanded by jsonb_to_recordset costs
// ~2.5 ms in all (`npm run bench:sync`). Rows come out of jsonb_to_recordset in array order, and nextval() is
// evaluated row by row, so a batch's seqs follow the order it was sent in.

/**
 * Inserts the records (server_seq from the sequence, received_at = the transaction's now()) and reads the audit
 * chain's head in the same round trip (the caller holds the chain's lock: see write-records.ts). A record whose
 * id is already stored is skipped (ON CONFLICT DO NOTHING) and missing from `inserted`: the caller's dedupe
 * lookup ran before the lock, and this is how a push that raced it learns so.
 */
export async function insertRecords(tx: Db, records: readonly FieldRecord[]): Promise<{ inserted: Map<string, InsertedRecord>; auditHead: string | null }> {
  if (records.length === 0) return { inserted: new Map(), auditHead: null };
  const rows = records.map((record) => ({
    id: record.id,
    case_id: record.caseId,
    type: record.type,
    author_id: record.authorId,
    device_id: record.deviceId,
    captured_at: record.capturedAt, // as the device reported it, offset included; timestamptz keeps the instant
    lat: record.location?.lat ?? null,
    lng: record.location?.lng ?? null,
    accuracy_m: record.location?.accuracy ?? null,
    state: record.state,
    content_hash: record.contentHash,
    revision_of: record.revisionOf,
    // The whole record as hashed, not only its payload: the offset of capturedAt, the location note and the
    // attachment list are part of the signed document, and re-hashing the stored copy must give contentHash.
    payload: record,
  }));
  const inserted = await queryRows<{ id: string; server_seq: string | number; received_at: Date | string; audit_head: string | null }>(
    tx,
    sql`WITH ins AS (
        INSERT INTO field_records (id, case_id, type, author_id, device_id, captured_at, lat, lng, accuracy_m, state, content_hash, revision_of, payload, server_seq)
        SELECT r.id, r.case_id, r.type, r.author_id, r.device_id, r.captured_at, r.lat, r.lng, r.accuracy_m, r.state, r.content_hash, r.revision_of, r.payload, ${nextServerSeq()}
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
          id uuid, case_id uuid, type text, author_id uuid, device_id text, captured_at timestamptz, lat double precision,
          lng double precision, accuracy_m double precision, state text, content_hash text, revision_of uuid, payload jsonb)
        ON CONFLICT (id) DO NOTHING
        RETURNING id, server_seq, received_at)
      SELECT ins.id, ins.server_seq, ins.received_at, ${auditChainHeadHash} AS audit_head FROM ins`,
  );
  // node-postgres returns bigint as text; both drivers return timestamptz as a Date, but say so to the type.
  return {
    inserted: new Map(inserted.map((row) => [row.id, { id: row.id, serverSeq: Number(row.server_seq), receivedAt: new Date(row.received_at) }])),
    auditHead: inserted[0]?.audit_head ?? null,
  };
}

/** The records' image links as a data-modifying CTE clause (to run in the audit's statement), or none. */
export function linkAttachmentsClause(records: readonly FieldRecord[]): SQL[] {
  const links = records.flatMap((record) => {
    const bySha = new Map(record.attachments.map((attachment) => [attachment.sha256, attachment.kind]));
    return [...bySha].map(([sha256, kind]) => ({ record_id: record.id, sha256, kind }));
  });
  if (links.length === 0) return [];
  return [
    sql`linked AS (INSERT INTO record_attachments (record_id, sha256, kind)
      SELECT l.record_id, l.sha256, l.kind FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS l(record_id uuid, sha256 text, kind text))`,
  ];
}
