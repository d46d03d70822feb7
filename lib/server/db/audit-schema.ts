// No `import "server-only"`: drizzle-kit reads it through schema.ts (see there).
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// The audit chain (lib/server/audit) and the sign-in attempts (lib/server/auth/login-rate-limit.ts): tables that
// reference no other, re-exported by schema.ts.

/**
 * Append-only audit log (a trigger refuses UPDATE and DELETE). Each entry carries the hash of the previous
 * one so that an edit, a deletion or a reordering breaks the chain (verified by the audit issue's endpoint).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    detail: jsonb("detail").notNull().default({}),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

/**
 * The audit chain's head, written in the transaction of every append: deleting the newest entries breaks the
 * chain too (the entries alone cannot show that their tail is gone), unless the head is forged with them.
 */
export const auditChainHead = pgTable("audit_chain_head", {
  id: integer("id").primaryKey(), // always 1: one chain
  lastId: bigint("last_id", { mode: "number" }).notNull(),
  lastHash: text("last_hash").notNull(),
  entries: bigint("entries", { mode: "number" }).notNull(),
});

/** Sign-in attempts, for rate limiting per username and per IP across stateless app servers. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_username_at_idx").on(t.username, t.at), index("login_attempts_ip_at_idx").on(t.ip, t.at)],
);
