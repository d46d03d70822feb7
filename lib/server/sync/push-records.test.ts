import { asc, count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { computeContentHash } from "@/lib/domain/records/content-hash";
import { FieldRecordSchema, type FieldRecord } from "@/lib/domain/records/field-record";
import { buildServicePayload, buildVerificationPayload } from "@/lib/domain/records/fixtures";
import { PushResponseSchema, type MutationResult } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import { AUDIT_GENESIS_HASH, auditEntryHash } from "../audit/append-audit";
import type { DbHandle } from "../db/client";
import { auditLog, fieldRecords, recordAttachments } from "../db/schema";
import { AppError } from "../http/app-error";
import { pushRecords } from "./push-records";
import { buildFinalRecord, pushEnvelope, seedSyncWorld, storeAttachmentsOf } from "./sync-test-world";

const verification = () => ({ type: "xac_minh" as const, payload: buildVerificationPayload() });

describe.each(testDatabases)("sync push on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let officer: SessionUser;
  let other: SessionUser;
  let myCases: string[];
  let otherCases: string[];

  beforeAll(async () => {
    handle = await target.open();
    const world = await seedSyncWorld(handle.db, 2, 3);
    [officer, other] = world.officers as [SessionUser, SessionUser];
    myCases = world.casesOf.get(officer.id) ?? [];
    otherCases = world.casesOf.get(other.id) ?? [];
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  function mine(extra: { typed?: Parameters<typeof buildFinalRecord>[0]["typed"]; caseIndex?: number } = {}) {
    return buildFinalRecord({ caseId: myCases[extra.caseIndex ?? 0] ?? "", authorId: officer.id, typed: extra.typed });
  }

  async function push(records: readonly FieldRecord[], user = officer) {
    const response = await pushRecords(handle.db, user, pushEnvelope(records));
    expect(PushResponseSchema.parse(response)).toEqual(response);
    expect(response.results.map((result) => result.id)).toEqual(records.map((record) => record.id));
    return response.results;
  }

  async function rowsOf(ids: readonly string[]) {
    return handle.db.select().from(fieldRecords).where(inArray(fieldRecords.id, [...ids])).orderBy(asc(fieldRecords.serverSeq));
  }

  async function auditCount() {
    return (await handle.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
  }

  test("final records are applied with increasing server_seq, stored whole, with their attachment links", async () => {
    const records = [await mine(), await mine({ typed: verification(), caseIndex: 1 }), await mine({ caseIndex: 2 })];
    await storeAttachmentsOf(handle.db, records, officer.id);
    const results = await push(records);
    expect(results.map((result) => result.status)).toEqual(["applied", "applied", "applied"]);
    const seqs = results.map((result) => (result.status === "applied" ? result.serverSeq : 0));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(3);

    const rows = await rowsOf(records.map((record) => record.id));
    expect(rows.map((row) => row.id)).toEqual(records.map((record) => record.id));
    for (const [index, row] of rows.entries()) {
      const record = records[index] as FieldRecord;
      expect(row).toMatchObject({ caseId: record.caseId, authorId: officer.id, deviceId: record.deviceId, state: "final", contentHash: record.contentHash, type: record.type });
      expect(row.capturedAt.getTime()).toBe(Date.parse(record.capturedAt)); // as the device reported it
      expect(results[index]).toMatchObject({ serverSeq: row.serverSeq, receivedAt: row.receivedAt.toISOString() });
      // The stored document re-hashes to its content hash: the server holds the signed record, not a lossy copy.
      expect(await computeContentHash(FieldRecordSchema.parse(row.payload))).toBe(record.contentHash);
    }
    const links = await handle.db.select().from(recordAttachments).where(eq(recordAttachments.recordId, records[1]?.id ?? ""));
    expect(links.map((link) => link.sha256).sort()).toEqual(records[1]?.attachments.map((a) => a.sha256).sort());
  });

  test("a replay of the whole batch answers duplicate with the stored seq and time, and writes nothing", async () => {
    const records = await Promise.all([0, 1, 2].map((caseIndex) => mine({ caseIndex })));
    const first = await push(records);
    const auditBefore = await auditCount();
    const replay = await push(records);
    expect(replay).toEqual(first.map((result) => ({ ...result, status: "duplicate" })));
    expect(await rowsOf(records.map((record) => record.id))).toHaveLength(3);
    expect(await auditCount()).toBe(auditBefore);
  });

  test("the same id with other content is a conflict carrying the server's hash; nothing is overwritten", async () => {
    const original = await mine();
    await push([original]);
    const [before] = await rowsOf([original.id]);
    const altered = await buildFinalRecord({ id: original.id, caseId: original.caseId, authorId: officer.id, note: "Sửa lại sau khi hoàn tất" });
    expect(altered.contentHash).not.toBe(original.contentHash);
    const [result] = await push([altered]);
    expect(result).toMatchObject({ id: original.id, status: "conflict", serverHash: original.contentHash, problem: { code: "conflict", status: 409 } });
    expect(await rowsOf([original.id])).toEqual([before]);
  });

  test("one invalid record among 49 valid: 49 applied, 1 rejected with field errors", async () => {
    const records = await Promise.all(Array.from({ length: 50 }, (_, k) => mine({ caseIndex: k % 3 })));
    const payload = buildServicePayload("buu_dien");
    const broken = { ...records[17], payload: { ...payload, document: { ...payload.document, number: "" } } } as FieldRecord;
    records[17] = broken;
    const results = await push(records);
    expect(results.filter((result) => result.status === "applied")).toHaveLength(49);
    const refused = results[17];
    expect(refused).toMatchObject({ id: broken.id, status: "rejected", reason: "validation", problem: { code: "validation_failed", status: 400 } });
    const paths = refused?.status === "rejected" ? (refused.problem.errors ?? []).map((error) => error.path) : [];
    expect(paths).toContain("payload.document.number");
    expect(await rowsOf([broken.id])).toEqual([]);
    expect(await rowsOf(records.map((record) => record.id))).toHaveLength(49);
  });

  test("a record that makes a schema rule throw is rejected on its own, not a 500 for the batch", async () => {
    const valid = await mine();
    // service.ts compares the document date with localDateOf(attemptedAt), which throws on a malformed instant.
    const crashing = { ...(await mine()), payload: { ...buildServicePayload("buu_dien"), attemptedAt: "hôm qua" } } as FieldRecord;
    const results = await push([valid, crashing]);
    expect(results.map((result) => result.status)).toEqual(["applied", "rejected"]);
    expect(results[1]).toMatchObject({ reason: "validation", problem: { code: "validation_failed" } });
  });

  test("records that are not genuine final records of the caller are rejected as validation errors", async () => {
    const valid = await mine();
    const draft = { ...(await mine()), state: "draft" as const };
    const tampered = { ...(await mine()), locationNote: "Thêm sau khi ký" };
    const wrongHash = { ...(await mine()), contentHash: "0".repeat(64) };
    const withoutHash = { ...(await mine()), contentHash: null };
    const unknownField = { ...(await mine()), extra: 1 } as unknown as FieldRecord;
    const bad = [draft, tampered, wrongHash, withoutHash, unknownField];
    const results = await push([valid, ...bad]);
    expect(results[0]?.status).toBe("applied");
    const expected: [string, string][] = [["state", "draft"], ["contentHash", "tampered"], ["contentHash", "wrong hash"], ["contentHash", "no hash"], ["", "unknown field"]];
    for (const [index, [path, label]] of expected.entries()) {
      const result = results[index + 1] as MutationResult;
      expect(result, label).toMatchObject({ status: "rejected", reason: "validation" });
      if (result.status === "rejected") expect(result.problem.errors?.map((error) => error.path), label).toContain(path);
    }
    // The mutation's id must be the record's.
    const record = await mine();
    const response = await pushRecords(handle.db, officer, { protocol: 1, deviceId: "device-test-0001", mutations: [{ id: (await mine()).id, type: "record.submit", record }] });
    expect(response.results[0]).toMatchObject({ status: "rejected", reason: "validation", problem: { errors: [{ path: "id" }] } });
  });

  test("a foreign case, another author, an unknown case and a missing attachment are rejected with their reason", async () => {
    const valid = await mine();
    const foreignCase = await buildFinalRecord({ caseId: otherCases[0] ?? "", authorId: officer.id });
    const otherAuthor = await buildFinalRecord({ caseId: myCases[0] ?? "", authorId: other.id });
    const unknownCase = await buildFinalRecord({ caseId: "7d3f0c1e-2b4a-4c5d-8e6f-0a1b2c3d4e5f", authorId: officer.id });
    const missing = await mine({ typed: verification() });
    await storeAttachmentsOf(handle.db, [{ ...missing, attachments: missing.attachments.slice(1) }], officer.id);
    const results = await push([valid, foreignCase, otherAuthor, unknownCase, missing]);
    expect(results.map((result) => [result.status, result.status === "rejected" ? result.reason : null])).toEqual([
      ["applied", null],
      ["rejected", "permission"],
      ["rejected", "permission"],
      ["rejected", "unknown_case"],
      ["rejected", "missing_attachment"],
    ]);
    expect(results[1]).toMatchObject({ problem: { code: "forbidden", status: 403, errors: [{ path: "caseId" }] } });
    expect(results[2]).toMatchObject({ problem: { code: "forbidden", status: 403 } });
    expect(results[3]).toMatchObject({ problem: { code: "not_found", status: 404, errors: [{ path: "caseId" }] } });
    expect(results[4]).toMatchObject({ problem: { code: "unprocessable", status: 422, errors: [{ path: "attachments.0.sha256" }] } });
    expect(await rowsOf([foreignCase.id, otherAuthor.id, unknownCase.id, missing.id])).toEqual([]);

    // Once the image arrives, the same record goes through.
    await storeAttachmentsOf(handle.db, [missing], officer.id);
    expect((await push([missing]))[0]?.status).toBe("applied");
  });

  test("an id already used by another author's record is refused without revealing that record", async () => {
    const theirs = await buildFinalRecord({ caseId: otherCases[0] ?? "", authorId: other.id });
    await push([theirs], other);
    const forged = await buildFinalRecord({ id: theirs.id, caseId: myCases[0] ?? "", authorId: officer.id });
    const [result] = await push([forged]);
    expect(result).toMatchObject({ status: "rejected", reason: "permission" });
    expect(JSON.stringify(result)).not.toContain(theirs.contentHash);
  });

  test("the same id twice in one batch: once applied, then duplicate or conflict", async () => {
    const record = await mine();
    const altered = await buildFinalRecord({ id: record.id, caseId: record.caseId, authorId: officer.id, note: "Một phiên bản khác" });
    const results = await push([record, record, altered]);
    expect(results.map((result) => result.status)).toEqual(["applied", "duplicate", "conflict"]);
    expect(results[1]).toMatchObject({ serverSeq: results[0]?.status === "applied" ? results[0].serverSeq : -1 });
    expect(results[2]).toMatchObject({ serverHash: record.contentHash });
    expect(await rowsOf([record.id])).toHaveLength(1);
  });

  test("a database failure on the 25th insert leaves nothing of the batch, and the retry completes", async () => {
    const records = await Promise.all(Array.from({ length: 50 }, (_, k) => mine({ typed: k % 5 === 0 ? verification() : undefined, caseIndex: k % 3 })));
    await storeAttachmentsOf(handle.db, records, officer.id);
    const auditBefore = await auditCount();
    const linksBefore = (await handle.db.select({ n: count() }).from(recordAttachments))[0]?.n ?? 0;
    await handle.db.execute(sql.raw(`
      CREATE FUNCTION test_fail_25th() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = '${records[24]?.id}' THEN RAISE EXCEPTION 'injected failure on the 25th insert'; END IF;
        RETURN NEW;
      END $$`));
    await handle.db.execute(sql`CREATE TRIGGER test_fail_25th BEFORE INSERT ON field_records FOR EACH ROW EXECUTE FUNCTION test_fail_25th()`);
    await expect(pushRecords(handle.db, officer, pushEnvelope(records))).rejects.toThrow();
    expect(await rowsOf(records.map((record) => record.id))).toEqual([]);
    expect(await auditCount()).toBe(auditBefore);
    expect((await handle.db.select({ n: count() }).from(recordAttachments))[0]?.n).toBe(linksBefore);

    await handle.db.execute(sql`DROP TRIGGER test_fail_25th ON field_records`);
    await handle.db.execute(sql`DROP FUNCTION test_fail_25th()`);
    const results = await push(records);
    expect(results.every((result) => result.status === "applied")).toBe(true);
    expect(await rowsOf(records.map((record) => record.id))).toHaveLength(50);
    expect(await auditCount()).toBe(auditBefore + 50);
  });

  test("the audit chain gets one entry per applied record, in server_seq order, and stays unbroken", async () => {
    const records = await Promise.all([0, 1, 2, 0].map((caseIndex) => mine({ caseIndex })));
    const invalid = { ...(await mine()), contentHash: "f".repeat(64) };
    const lastBefore = (await handle.db.select().from(auditLog).orderBy(asc(auditLog.id))).at(-1);
    const results = await push([...records, invalid]);
    const entries = (await handle.db.select().from(auditLog).orderBy(asc(auditLog.id))).filter((entry) => entry.id > (lastBefore?.id ?? 0));
    const applied = results.filter((result) => result.status === "applied");
    expect(entries.map((entry) => entry.entityId)).toEqual(applied.map((result) => result.id));
    for (const [index, entry] of entries.entries()) {
      expect(entry).toMatchObject({ actorId: officer.id, action: "record.submit", entityType: "field_record" });
      expect(entry.detail).toMatchObject({ contentHash: records[index]?.contentHash, serverSeq: applied[index]?.status === "applied" ? applied[index].serverSeq : -1 });
    }
    // The whole chain, from genesis: each entry's hash covers the previous one.
    const chain = await handle.db.select().from(auditLog).orderBy(asc(auditLog.id));
    let prevHash = AUDIT_GENESIS_HASH;
    for (const entry of chain) {
      expect(entry.prevHash).toBe(prevHash);
      const { actorId, action, entityType, entityId } = entry;
      const detail = entry.detail as Parameters<typeof auditEntryHash>[0]["detail"];
      expect(auditEntryHash({ actorId, action, entityType, entityId, detail, at: entry.at.toISOString(), prevHash })).toBe(entry.hash);
      prevHash = entry.hash;
    }
  });

  test("a batch of another protocol is a 426; a malformed batch is a 400 on its fields", async () => {
    const record = await mine();
    const attempt = (body: unknown) => pushRecords(handle.db, officer, body as Parameters<typeof pushRecords>[2]);
    await expect(attempt({ protocol: 2, anything: true })).rejects.toMatchObject({ code: "upgrade_required", status: 426 });
    const cases: [unknown, string][] = [
      [{ protocol: 1, deviceId: "device-test-0001", mutations: [] }, "body.mutations"],
      [{ ...pushEnvelope(Array.from({ length: 51 }, () => record)) }, "body.mutations"],
      [{ protocol: 1, mutations: pushEnvelope([record]).mutations }, "body.deviceId"],
      [{ ...pushEnvelope([record]), extra: 1 }, "body"],
      [{ ...pushEnvelope([record]), mutations: [{ id: record.id, type: "record.delete", record }] }, "body.mutations.0.type"],
      [{ ...pushEnvelope([record]), mutations: [{ id: "not-a-uuid", type: "record.submit", record }] }, "body.mutations.0.id"],
    ];
    for (const [body, path] of cases) {
      const error = await attempt(body).catch((caught: unknown) => caught);
      expect(error, path).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "validation_failed", status: 400 });
      const paths = error instanceof AppError ? (error.errors ?? []).map((field) => field.path) : [];
      expect(paths.some((p) => p.startsWith(path)), `${path} in ${paths.join(", ")}`).toBe(true);
    }
  });

  test("a supervisor imports an officer's records of the office (lockdown hand-over) once; not another office's", async () => {
    const supervisor: SessionUser = { id: "00000000-0000-4000-8000-0000000005a0", role: "supervisor", unitId: officer.unitId, name: "Lãnh đạo Chi cục", username: "cct.test" };
    const foreignSupervisor: SessionUser = { ...supervisor, id: "00000000-0000-4000-8000-0000000005a1", unitId: "00000000-0000-4000-8000-0000000000c9" };
    const records = [await mine(), await mine({ caseIndex: 1 })];
    expect((await push(records, foreignSupervisor)).map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect((await push(records, supervisor)).map((result) => result.status)).toEqual(["applied", "applied"]);
    expect((await push(records, supervisor)).map((result) => result.status)).toEqual(["duplicate", "duplicate"]);
    // The officer's own phone syncing later is a duplicate too; the record keeps its author.
    expect((await push(records)).map((result) => result.status)).toEqual(["duplicate", "duplicate"]);
    expect((await rowsOf(records.map((record) => record.id))).map((row) => row.authorId)).toEqual([officer.id, officer.id]);
    // A record of a case assigned to someone else than its author is refused even to the office's supervisor.
    const misattributed = await buildFinalRecord({ caseId: otherCases[0] ?? "", authorId: officer.id });
    expect((await push([misattributed], supervisor))[0]).toMatchObject({ status: "rejected", reason: "permission" });
  });
});
