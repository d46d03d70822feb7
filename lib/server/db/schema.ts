// No `import "server-only"` here: drizzle-kit reads this file in plain Node to generate migrations. Only lib/server
// modules (which are fenced) import it.
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

// Shared by PGlite (PostgreSQL 18) and PostgreSQL 15: only features both have. UUIDs are generated in the app
// (no uuidv7() in PG 15). Money is bigint đồng, read back as JS numbers (exact below 2^53).
const money = (name: string) => bigint(name, { mode: "number" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["national", "province", "office"] }).notNull(),
    parentId: uuid("parent_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("units_code_key").on(t.code), index("units_parent_idx").on(t.parentId)],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ["officer", "supervisor", "leader", "admin"] }).notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    grade: text("grade", { enum: ["so_cap", "trung_cap", "cao_cap"] }),
    passwordHash: text("password_hash").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    // Bumped to revoke every JWT issued before (stateless sessions cannot otherwise be revoked).
    tokenVersion: integer("token_version").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_username_key").on(t.username), index("users_unit_idx").on(t.unitId)],
);

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    assignedOfficerId: uuid("assigned_officer_id").references(() => users.id),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: date("decision_date", { mode: "string" }).notNull(),
    acceptedDate: date("accepted_date", { mode: "string" }).notNull(),
    judgmentNumber: text("judgment_number").notNull(),
    judgmentDate: date("judgment_date", { mode: "string" }).notNull(),
    judgmentCourt: text("judgment_court").notNull(),
    kind: text("kind", { enum: ["chu_dong", "theo_yeu_cau"] }).notNull(),
    debtor: jsonb("debtor").notNull(),
    creditor: jsonb("creditor").notNull(),
    // Denormalised for search: names and ID numbers of both parties, lower-cased without diacritics.
    searchText: text("search_text").notNull(),
    nonMoneyObligations: jsonb("non_money_obligations").notNull().default([]),
    status: text("status").notNull(),
    statusGround: text("status_ground"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    // Decision numbers restart every year, so a number is unique per unit and date.
    uniqueIndex("cases_unit_decision_key").on(t.unitId, t.decisionNumber, t.decisionDate),
    index("cases_officer_idx").on(t.assignedOfficerId),
    index("cases_unit_status_idx").on(t.unitId, t.status),
  ],
);

export const caseMoneyObligations = pgTable(
  "case_money_obligations",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    amount: money("amount").notNull(),
  },
  (t) => [uniqueIndex("case_money_obligations_case_pos_key").on(t.caseId, t.position)],
);

/** Status history: one row per decision of the head (thụ lý, chưa có điều kiện, hoãn, đình chỉ …). */
export const caseStatusEvents = pgTable(
  "case_status_events",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    seq: integer("seq").notNull(),
    status: text("status").notNull(),
    ground: text("ground"),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: date("decision_date", { mode: "string" }).notNull(),
    signer: text("signer").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("case_status_events_case_seq_key").on(t.caseId, t.seq),
    index("case_status_events_date_idx").on(t.decisionDate),
  ],
);

/** Money ledger in integer đồng: amount with conditions, receipts, đình chỉ, miễn/giảm. */
export const caseMoneyEntries = pgTable(
  "case_money_entries",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: ["co_dieu_kien", "thu", "dinh_chi", "giam"] }).notNull(),
    amount: money("amount").notNull(),
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    reference: text("reference"),
    createdAt: createdAt(),
  },
  (t) => [index("case_money_entries_case_idx").on(t.caseId), index("case_money_entries_date_idx").on(t.entryDate)],
);

/** Completion-rate targets per unit and report year, in basis points (82,50% → 8250). */
export const targets = pgTable(
  "targets",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    reportYear: integer("report_year").notNull(),
    caseRateBp: integer("case_rate_bp").notNull(),
    moneyRateBp: integer("money_rate_bp").notNull(),
    setBy: uuid("set_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.reportYear] })],
);

/** Field records (biên bản) as received from devices. Final records are immutable; revisions are new rows. */
export const fieldRecords = pgTable(
  "field_records",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    type: text("type", { enum: ["xac_minh", "thong_bao", "dinh_gia"] }).notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    deviceId: text("device_id").notNull(),
    capturedAt: timestamp("captured_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    accuracyM: doublePrecision("accuracy_m"),
    state: text("state", { enum: ["draft", "final"] }).notNull(),
    contentHash: text("content_hash"),
    revisionOf: uuid("revision_of"),
    payload: jsonb("payload").notNull(),
    // Bumped by every change the author's phone must learn (arrival, a review decision, being superseded): the
    // record stream of a pull is "my records changed since seq N".
    serverSeq: bigint("server_seq", { mode: "number" }).notNull(),
    // The head's review (lib/domain/review/review-state.ts). Metadata about the record, never its content.
    reviewState: text("review_state", { enum: ["submitted", "approved", "returned", "superseded"] }).notNull().default("submitted"),
    supersededBy: uuid("superseded_by"),
  },
  (t) => [
    index("field_records_case_idx").on(t.caseId),
    index("field_records_review_idx").on(t.reviewState, t.receivedAt),
    index("field_records_revision_of_idx").on(t.revisionOf),
    // The record stream of a pull: one author's records after a serverSeq, in order (also serves author lookups).
    index("field_records_author_seq_idx").on(t.authorId, t.serverSeq),
    uniqueIndex("field_records_server_seq_key").on(t.serverSeq),
  ],
);

/** Content-addressed attachments (photos, signatures, fingerprints); bytes live in the storage backend. */
export const attachments = pgTable("attachments", {
  sha256: text("sha256").primaryKey(),
  mime: text("mime").notNull(),
  size: integer("size").notNull(),
  uploadedBy: uuid("uploaded_by").references(() => users.id),
  createdAt: createdAt(),
});

export const recordAttachments = pgTable(
  "record_attachments",
  {
    recordId: uuid("record_id")
      .notNull()
      .references(() => fieldRecords.id),
    sha256: text("sha256")
      .notNull()
      .references(() => attachments.sha256),
    kind: text("kind").notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.sha256] }), index("record_attachments_sha_idx").on(t.sha256)],
);

// ReturnCategorySchema's options (lib/domain/review/review-decision.ts), spelled out because drizzle-kit reads this
// file without the app's import aliases; lib/server/review/review.test.ts keeps the two equal.
const RETURN_CATEGORIES = ["thieu_thong_tin", "sai_thong_tin", "thieu_chu_ky", "anh_khong_ro", "sai_trinh_tu", "khac"] as const;

/** Every decision of a head on a record, oldest first: the record's review history (its current state is on the row). */
export const recordReviews = pgTable(
  "record_reviews",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => fieldRecords.id),
    decision: text("decision", { enum: ["approve", "return"] }).notNull(),
    reasonCategory: text("reason_category", { enum: RETURN_CATEGORIES }),
    reasonText: text("reason_text"),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("record_reviews_record_idx").on(t.recordId)],
);

/**
 * « Cần ra quyết định »: cases whose approved verification concludes differently from their status, waiting for
 * the head's decision (lib/domain/review/head-decision.ts). Resolved by the decision itself (results issue).
 */
export const decisionsNeeded = pgTable(
  "decisions_needed",
  {
    recordId: uuid("record_id")
      .primaryKey()
      .references(() => fieldRecords.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: ["xac_dinh_chua_co_dieu_kien", "tiep_tuc_thi_hanh"] }).notNull(),
    createdAt: createdAt(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [index("decisions_needed_case_idx").on(t.caseId)],
);

// The audit chain and sign-in attempts, and the materialized annual results, live in their own files (this one
// is long enough).
export * from "./audit-schema";
export * from "./results-schema";
