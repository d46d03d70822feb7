import { asc, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { auditLog } from "../db/schema";
import { appendAudit, appendAuditEntries } from "./append-audit";
import { verifyAuditChain } from "./verify-audit-chain";

// The chain must show tampering done directly in the database, by someone who can switch the append-only
// trigger off: an edited, a deleted, a reordered entry, and a cut tail.

describe.each(testDatabases)("audit chain verification on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let ids: number[];

  beforeEach(async () => {
    handle = await target.open();
    for (let k = 1; k <= 3; k += 1) {
      await handle.db.transaction((tx) => appendAudit(tx, { actorId: null, action: "test.single", entityType: "thing", entityId: `t${k}`, detail: { k, note: "Nguyễn Văn An" } }));
    }
    await handle.db.transaction((tx) =>
      appendAuditEntries(tx, [4, 5, 6].map((k) => ({ actorId: null, action: "test.batch", entityType: "thing", entityId: `t${k}`, detail: { k } }))),
    );
    ids = (await handle.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id))).map((row) => row.id);
    await handle.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
  });
  afterEach(async () => {
    await handle?.dispose();
  });

  const id = (index: number) => ids[index] ?? -1;

  test("an untouched chain verifies, single and batched appends alike", async () => {
    expect(ids).toHaveLength(6);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, entries: 6 });
  });

  test("the append-only trigger refuses edits in the first place", async () => {
    await handle.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    await expect(handle.db.execute(sql`UPDATE audit_log SET action = 'x' WHERE id = ${id(0)}`)).rejects.toThrow();
    await expect(handle.db.execute(sql`DELETE FROM audit_log WHERE id = ${id(5)}`)).rejects.toThrow();
  });

  test("an edited entry is found by its own hash", async () => {
    await handle.db.execute(sql`UPDATE audit_log SET detail = '{"k": 2, "note": "Trần Văn Bình"}' WHERE id = ${id(1)}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, firstBrokenEntry: id(1), entries: 1 });
  });

  test("an edit that also recomputes the entry's hash breaks the link of the next one", async () => {
    await handle.db.execute(sql`UPDATE audit_log SET action = 'test.forged', hash = ${"f".repeat(64)} WHERE id = ${id(2)}`);
    const result = await verifyAuditChain(handle.db);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? 0 : result.firstBrokenEntry).toBe(id(2));
  });

  test("a deleted entry is found at the entry after it", async () => {
    await handle.db.execute(sql`DELETE FROM audit_log WHERE id = ${id(3)}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, firstBrokenEntry: id(4) });
  });

  test("two entries swapped are found at the first of them", async () => {
    await handle.db.execute(sql`
      UPDATE audit_log AS a SET at = b.at, action = b.action, entity_id = b.entity_id, detail = b.detail, prev_hash = b.prev_hash, hash = b.hash
      FROM (SELECT * FROM audit_log WHERE id IN (${id(1)}, ${id(2)})) AS b
      WHERE a.id IN (${id(1)}, ${id(2)}) AND b.id <> a.id`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, firstBrokenEntry: id(1) });
  });

  test("a cut tail disagrees with the chain head", async () => {
    await handle.db.execute(sql`DELETE FROM audit_log WHERE id IN (${id(4)}, ${id(5)})`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, entries: 4, firstBrokenEntry: id(3) + 1 });
  });

  test("appends after a verification keep the chain whole", async () => {
    await handle.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    await handle.db.transaction((tx) => appendAudit(tx, { actorId: null, action: "test.after", entityType: "thing", entityId: "t7" }));
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, entries: 7 });
  });
});
