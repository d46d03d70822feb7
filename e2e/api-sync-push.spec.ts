import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { uuidv7 } from "uuidv7";
import { computeContentHash } from "../lib/domain/records/content-hash";
import type { FieldRecord } from "../lib/domain/records/field-record";
import { buildFieldRecord, buildParticipant, buildServicePayload } from "../lib/domain/records/fixtures";
import { PullResponseSchema } from "../lib/domain/sync-protocol";
import { PushResponseSchema, type MutationResult } from "../lib/domain/sync-push";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// POST /api/sync/push (architecture §5, issue #4): an officer's device sends finalized records; each gets its
// own outcome inside a 200. Records here are postal service records (no images) unless a test uploads images
// first through PUT /api/attachments/{sha256}, as the device does. Every run makes new record ids, so the
// spec can run again on the same database.
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", "officer", "officer2", "supervisor", "leader", "admin"];
const DEVICE_ID = "e2e-push-device-01";

const contexts = new Map<Caller, APIRequestContext>();
const userIds = new Map<Caller, string>();
const caseIds = new Map<Caller, string[]>();

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) {
    const context = await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username);
    contexts.set(caller, context);
    if (caller === "officer" || caller === "officer2") {
      const session = (await (await context.get("/api/auth/session")).json()) as { user: { id: string } };
      userIds.set(caller, session.user.id);
      const pull = PullResponseSchema.parse(await (await context.get("/api/sync/pull?limit=5")).json());
      caseIds.set(caller, pull.cases.map((detail) => detail.case.id));
    }
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

async function record(overrides: { caller?: Caller; caseId?: string; id?: string; locationNote?: string; typed?: Parameters<typeof buildFieldRecord>[0] } = {}): Promise<FieldRecord> {
  const caller = overrides.caller ?? "officer";
  const built = buildFieldRecord(overrides.typed ?? { type: "thong_bao", payload: buildServicePayload("buu_dien") }, {
    id: overrides.id ?? uuidv7(),
    caseId: overrides.caseId ?? caseIds.get(caller)?.[0] ?? "",
    authorId: userIds.get(caller) ?? "",
    deviceId: DEVICE_ID,
    state: "final",
    locationNote: overrides.locationNote ?? null,
  });
  return { ...built, contentHash: await computeContentHash(built) };
}

function batch(records: readonly FieldRecord[]) {
  return { protocol: 1, deviceId: DEVICE_ID, mutations: records.map((r) => ({ id: r.id, type: "record.submit", record: r })) };
}

async function push(records: readonly FieldRecord[], caller: Caller = "officer"): Promise<MutationResult[]> {
  const response = await ctx(caller).post("/api/sync/push", { data: batch(records) });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = PushResponseSchema.parse(await response.json());
  expect(body.results.map((result) => result.id)).toEqual(records.map((r) => r.id));
  return body.results;
}

test("records are applied, a replay of the batch answers duplicate, and the record stream returns them", async () => {
  const records = await Promise.all([record(), record(), record()]);
  const applied = await push(records);
  expect(applied.map((result) => result.status)).toEqual(["applied", "applied", "applied"]);
  const replay = await push(records);
  expect(replay).toEqual(applied.map((result) => ({ ...result, status: "duplicate" })));

  const first = applied[0];
  if (first?.status !== "applied") throw new Error("not applied");
  const pull = PullResponseSchema.parse(await (await ctx("officer").get(`/api/sync/pull?limit=1&since=${first.serverSeq - 1}`)).json());
  expect(pull.records.map((r) => [r.id, r.serverSeq, r.contentHash])).toEqual([[first.id, first.serverSeq, records[0]?.contentHash]]);
  expect(pull).toMatchObject({ recordsSince: first.serverSeq, recordsHaveMore: true });
});

test("the same id with other content is a conflict and the server keeps its version", async () => {
  const original = await record();
  await push([original]);
  const altered = await record({ id: original.id, locationNote: "Ghi thêm sau khi hoàn tất" });
  const [result] = await push([altered]);
  expect(result).toMatchObject({ status: "conflict", serverHash: original.contentHash, problem: { status: 409, code: "conflict" } });
  expect((await push([original]))[0]?.status).toBe("duplicate");
});

test("a record whose images were uploaded first is applied; one whose image is missing is rejected", async () => {
  const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
  const images = [png(), png()];
  const shas = images.map((bytes) => createHash("sha256").update(bytes).digest("hex"));
  const payload = buildServicePayload("truc_tiep", {
    participants: shas.map((sha256, index) => buildParticipant(index === 0 ? "chap_hanh_vien" : "duong_su", { signOff: { kind: "signature", attachmentSha256: sha256 } })),
  });
  const withImages = await record({ typed: { type: "thong_bao", payload } });
  expect(withImages.attachments.map((a) => a.sha256).sort()).toEqual([...shas].sort());
  const missing = await push([withImages]);
  expect(missing[0]).toMatchObject({ status: "rejected", reason: "missing_attachment", problem: { status: 422, code: "unprocessable" } });
  for (const [index, bytes] of images.entries()) {
    const response = await ctx("officer").put(`/api/attachments/${shas[index]}`, { data: bytes, headers: { "content-type": "image/png" } });
    expect([200, 201]).toContain(response.status());
  }
  expect((await push([withImages]))[0]?.status).toBe("applied");
});

test("records for a case of another officer, or written by another author, are rejected as permission", async () => {
  const valid = await record();
  const othersCase = await record({ caseId: caseIds.get("officer2")?.[0] ?? "" });
  const othersRecord = await record({ caller: "officer2" });
  const unknownCase = await record({ caseId: "7d3f0c1e-2b4a-4c5d-8e6f-0a1b2c3d4e5f" });
  const results = await push([valid, othersCase, othersRecord, unknownCase]);
  expect(results.map((result) => (result.status === "rejected" ? result.reason : result.status))).toEqual(["applied", "permission", "permission", "unknown_case"]);
  expect(results[1]).toMatchObject({ problem: { status: 403, code: "forbidden" } });
});

test("an invalid record is rejected with field errors while the rest of the batch is applied", async () => {
  const valid = await record();
  const invalid = { ...(await record()), capturedAt: "yesterday" };
  const tampered = { ...(await record()), locationNote: "Sửa sau khi ký" };
  const results = await push([valid, invalid, tampered]);
  expect(results.map((result) => result.status)).toEqual(["applied", "rejected", "rejected"]);
  const paths = results.map((result) => (result.status === "rejected" ? (result.problem.errors ?? []).map((e) => e.path) : []));
  expect(paths[1]).toContain("capturedAt");
  expect(paths[2]).toContain("contentHash");
});

test("a batch in another protocol is a 426, whatever its shape", async () => {
  for (const data of [{ ...batch([await record()]), protocol: 2 }, { protocol: 2, changes: [] }]) {
    const response = await ctx("officer").post("/api/sync/push", { data });
    expect(response.status()).toBe(426);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 426, code: "upgrade_required" });
  }
});

test("badly formed batches are a 400 with field errors", async () => {
  const one = await record();
  const good = batch([one]);
  const mutation = good.mutations[0];
  const probes: { name: string; data: unknown; field: string }[] = [
    { name: "51 mutations", data: { ...good, mutations: Array.from({ length: 51 }, () => mutation) }, field: "body.mutations" },
    { name: "no mutations", data: { ...good, mutations: [] }, field: "body.mutations" },
    { name: "missing deviceId", data: { protocol: 1, mutations: good.mutations }, field: "body.deviceId" },
    { name: "missing mutations", data: { protocol: 1, deviceId: DEVICE_ID }, field: "body.mutations" },
    { name: "missing protocol", data: { deviceId: DEVICE_ID, mutations: good.mutations }, field: "body.protocol" },
    { name: "protocol as text", data: { ...good, protocol: "1" }, field: "body.protocol" },
    { name: "unknown top-level field", data: { ...good, since: 0 }, field: "body" },
    { name: "unknown mutation field", data: { ...good, mutations: [{ ...mutation, baseVersion: 3 }] }, field: "body.mutations.0" },
    { name: "unknown mutation type", data: { ...good, mutations: [{ ...mutation, type: "record.delete" }] }, field: "body.mutations.0.type" },
    { name: "mutation id not a UUIDv7", data: { ...good, mutations: [{ ...mutation, id: "123" }] }, field: "body.mutations.0.id" },
    { name: "record not an object", data: { ...good, mutations: [{ ...mutation, record: "x" }] }, field: "body.mutations.0.record" },
    { name: "a bare array", data: [mutation], field: "body" },
  ];
  for (const probe of probes) {
    const response = await ctx("officer").post("/api/sync/push", { data: probe.data });
    expect(response.status(), probe.name).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    const problem = (await response.json()) as { code: string; errors?: { path: string; message: string }[] };
    expect(problem.code, probe.name).toBe("validation_failed");
    const paths = (problem.errors ?? []).map((error) => error.path);
    expect(paths.some((path) => path.startsWith(probe.field)), `${probe.name}: errors at ${probe.field}: ${paths.join(", ")}`).toBe(true);
  }
  // Nothing of those batches was written: the record is still new to the server.
  expect((await push([one]))[0]?.status).toBe("applied");
});

test("a body that is not JSON is a 400, another media type a 415, and more than 4 MB a 413", async () => {
  const post = (data: string, contentType = "application/json") => ctx("officer").post("/api/sync/push", { data, headers: { "content-type": contentType } });
  expect((await post("{not json")).status()).toBe(400);
  expect((await post("protocol=1", "application/x-www-form-urlencoded")).status()).toBe(415);
  const huge = await post(JSON.stringify({ ...batch([]), padding: "x".repeat(4 * 1024 * 1024 + 1) }));
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toMatchObject({ code: "payload_too_large" });
});

const refusals: { caller: Caller; status: number }[] = [
  { caller: "anonymous", status: 401 },
  { caller: "leader", status: 403 },
  { caller: "admin", status: 403 },
];

for (const { caller, status } of refusals) {
  test(`POST /api/sync/push as ${caller} → ${status}`, async () => {
    const response = await ctx(caller).post("/api/sync/push", { data: batch([await record()]) });
    expect(response.status()).toBe(status);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status, code: status === 401 ? "unauthenticated" : "forbidden" });
  });
}

test("the push does not take GET", async () => {
  const response = await ctx("officer").get("/api/sync/push");
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("POST");
});
