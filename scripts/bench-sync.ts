// `npm run bench:sync`: 50 simulated devices, each signed in as its own officer, push 10,000 final records with
// 1,000 small images concurrently to the production server on PostgreSQL, the way the sync engine does (a batch's
// images first, by POST /api/attachments 20 to a request, then POST /api/sync/push in batches of 50; ~5% of batches sent twice,
// as after a lost response). Then every record is checked in the database: ids and content hashes.
// It needs DATABASE_URL (a PostgreSQL server it may create databases on): it creates a fresh database, seeds 50
// officers with 4 cases each (passwords hashed by the app's own scrypt), starts `scripts/start.mjs` on a free
// port, and drops the database at the end.
// Last line: records_per_s=<n> push_p50_ms=<n> push_p95_ms=<n> lost=<n> duplicated=<n>
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { uuidv7 } from "uuidv7";
import { ATTACHMENT_BATCH_MAX_FILES, AttachmentBatchResponseSchema } from "../lib/domain/api/attachment-batch";
import { computeContentHash } from "../lib/domain/records/content-hash";
import type { FieldRecord } from "../lib/domain/records/field-record";
import { buildFieldRecord, buildParticipant, buildServicePayload } from "../lib/domain/records/fixtures";
import { PushResponseSchema, type MutationResult } from "../lib/domain/sync-push";
import { cpuSeconds, freePort, inPool, percentile, runWithServerCondition, waitForHealth } from "./bench-helpers";
import { seedBenchDatabase } from "./bench-sync-seed";
import { buildIsCurrent, writeBuildFingerprint } from "./build-fingerprint.mjs";
import { buildForProduction } from "./build.mjs";

const DEVICES = 50;
const RECORDS = 10_000;
const ATTACHMENTS = Number(process.env.BENCH_ATTACHMENTS ?? 1_000);
const BATCH = 50;
const CASES_PER_OFFICER = 4;
const REPLAY_SHARE = 0.05;
const PASSWORD = "bench-sync-2026";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Device {
  username: string;
  userId: string;
  caseIds: string[];
  cookies: Map<string, string>;
  records: FieldRecord[];
  images: Map<string, Uint8Array<ArrayBuffer>>; // sha256 → bytes, for the records that carry signatures
}

/** A small but real PNG signature image: the PNG signature then random bytes (the server sniffs the type). */
function smallPng(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(500 + Math.floor(Math.random() * 1500))]));
}

/** A device's records: postal service records, and every `imageEvery`-th one delivered in person with two signatures. */
async function buildRecords(device: Device, count: number, withImages: number): Promise<void> {
  const imageEvery = Math.floor(count / withImages);
  for (let k = 0; k < count; k += 1) {
    const caseId = device.caseIds[k % device.caseIds.length] ?? "";
    let typed: Parameters<typeof buildFieldRecord>[0] = { type: "thong_bao", payload: buildServicePayload("buu_dien") };
    const sizes = new Map<string, number>();
    if (k % imageEvery === 0 && device.images.size < withImages * 2) {
      const images = [smallPng(), smallPng()];
      const shas = images.map((bytes) => createHash("sha256").update(bytes).digest("hex"));
      images.forEach((bytes, i) => {
        device.images.set(shas[i] ?? "", bytes);
        sizes.set(shas[i] ?? "", bytes.byteLength);
      });
      const participants = shas.map((sha256, i) => buildParticipant(i === 0 ? "chap_hanh_vien" : "duong_su", { signOff: { kind: "signature", attachmentSha256: sha256 } }));
      typed = { type: "thong_bao", payload: buildServicePayload("truc_tiep", { participants }) };
    }
    const built = buildFieldRecord(typed, { id: uuidv7(), caseId, authorId: device.userId, deviceId: `bench-device-${device.username}`, state: "final" });
    built.attachments = built.attachments.map((ref) => ({ ...ref, size: sizes.get(ref.sha256) ?? ref.size }));
    device.records.push({ ...built, contentHash: await computeContentHash(built) });
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

function keepCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair?.indexOf("=") ?? -1;
    if (pair && at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

/** next-auth credentials sign-in, as e2e/fixtures.ts apiAs does: CSRF token first, then the callback. */
async function signIn(baseURL: string, device: Device): Promise<void> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  keepCookies(device.cookies, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(device.cookies) },
    body: new URLSearchParams({ csrfToken, username: device.username, password: PASSWORD, json: "true" }),
  });
  keepCookies(device.cookies, response);
  const session = (await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie: cookieHeader(device.cookies) } })).json()) as { user?: { id?: string } };
  if (session.user?.id !== device.userId) throw new Error(`sign-in of ${device.username} failed`);
}

interface PushLog {
  latencies: number[];
  bodies: unknown[];
  uploadLatencies: number[];
}

/** One device's sync: for each batch, its images not yet sent, then the batch; sometimes the batch again. */
async function runDevice(baseURL: string, device: Device, log: PushLog): Promise<void> {
  const cookie = cookieHeader(device.cookies);
  const sent = new Set<string>();
  for (let start = 0; start < device.records.length; start += BATCH) {
    const batch = device.records.slice(start, start + BATCH);
    // As the sync engine does (lib/client/sync/upload-attachments.ts): the batch's new images, 20 to a request.
    const refs = [...new Map(batch.flatMap((record) => record.attachments).filter((ref) => !sent.has(ref.sha256)).map((ref) => [ref.sha256, ref])).values()];
    for (let from = 0; from < refs.length; from += ATTACHMENT_BATCH_MAX_FILES) {
      const form = new FormData();
      for (const ref of refs.slice(from, from + ATTACHMENT_BATCH_MAX_FILES)) form.append(ref.sha256, new Blob([device.images.get(ref.sha256) ?? new Uint8Array()], { type: ref.mime }), ref.sha256);
      const started = performance.now();
      const response = await fetch(`${baseURL}/api/attachments`, { method: "POST", body: form, headers: { cookie } });
      const text = await response.text();
      log.uploadLatencies.push(performance.now() - started);
      const results = response.ok ? AttachmentBatchResponseSchema.parse(JSON.parse(text)).results : [];
      if (!response.ok || results.some((result) => result.status === "rejected")) throw new Error(`POST attachments: HTTP ${response.status} ${text.slice(0, 300)}`);
      for (const result of results) sent.add(result.sha256);
    }
    const body = JSON.stringify({ protocol: 1, deviceId: `bench-device-${device.username}`, mutations: batch.map((record) => ({ id: record.id, type: "record.submit", record })) });
    const sends = Math.random() < REPLAY_SHARE ? 2 : 1;
    for (let attempt = 0; attempt < sends; attempt += 1) {
      const started = performance.now();
      const response = await fetch(`${baseURL}/api/sync/push`, { method: "POST", body, headers: { "content-type": "application/json", cookie } });
      const text = await response.text();
      log.latencies.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`push: HTTP ${response.status} ${text.slice(0, 300)}`);
      log.bodies.push(JSON.parse(text));
    }
  }
}

async function verify(url: string, devices: readonly Device[], results: readonly MutationResult[]) {
  const expected = new Map(devices.flatMap((device) => device.records.map((record) => [record.id, record.contentHash] as const)));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const authors = devices.map((device) => device.userId);
    const rows = (await client.query<{ id: string; content_hash: string }>("SELECT id, content_hash FROM field_records WHERE author_id = ANY($1::uuid[])", [authors])).rows;
    const found = new Set<string>();
    let mismatched = 0;
    let unexpected = 0;
    for (const row of rows) {
      const hash = expected.get(row.id);
      if (hash === undefined) unexpected += 1;
      else if (hash !== row.content_hash) mismatched += 1;
      else found.add(row.id);
    }
    const applied = results.filter((result) => result.status === "applied").map((result) => result.id);
    const appliedTwice = applied.length - new Set(applied).size;
    const otherStatuses = results.filter((result) => result.status !== "applied" && result.status !== "duplicate").length;
    const [audit] = (await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'record.submit'")).rows;
    const [links] = (await client.query<{ n: string }>("SELECT count(*) AS n FROM record_attachments")).rows;
    console.log(
      `[bench] database: ${rows.length} rows for ${expected.size} records sent; hash mismatches ${mismatched}, unexpected rows ${unexpected}; ` +
        `answers: ${applied.length} applied, ${results.length - applied.length - otherStatuses} duplicate, ${otherStatuses} other; audit entries ${audit?.n}, image links ${links?.n}`,
    );
    return { lost: expected.size - found.size, duplicated: rows.length - found.size - mismatched + appliedTwice };
  } finally {
    await client.end();
  }
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("bench:sync needs DATABASE_URL (a PostgreSQL server where it may create a database)");
  if (!buildIsCurrent(root)) {
    console.log("[bench] building for production…");
    if (!buildForProduction()) throw new Error("build failed");
    writeBuildFingerprint(root);
  }
  const dbName = `thads_bench_${Date.now()}_${process.pid}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-bench-sync-"));
  let server: ChildProcess | undefined;
  try {
    const officers = await seedBenchDatabase(dbUrl.toString(), { officers: DEVICES, casesPerOfficer: CASES_PER_OFFICER, password: PASSWORD });
    const devices: Device[] = officers.map((o) => ({ ...o, cookies: new Map(), records: [], images: new Map() }));
    for (const device of devices) await buildRecords(device, RECORDS / DEVICES, ATTACHMENTS / DEVICES / 2);
    const imageCount = devices.reduce((sum, device) => sum + device.images.size, 0);
    console.log(`[bench] ${devices.length} devices, ${RECORDS} records, ${imageCount} images prepared`);

    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: dbUrl.toString(), SKIP_BUILD: "1", PORT: String(port), HOSTNAME: "127.0.0.1", DATA_DIR: dataDir, NEXTAUTH_URL: baseURL },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForHealth(baseURL, 240_000);
    await inPool(devices, 4, (device) => signIn(baseURL, device));
    // Warm-up: a production server compiles nothing on first use, but loads each route's chunks and opens its pool.
    // Each route is called once, by answers that write nothing: a pull, an empty batch (400), a text file (415).
    const cookie = cookieHeader(devices[0]?.cookies ?? new Map());
    const warmUps = [
      { expected: 200, response: await fetch(`${baseURL}/api/sync/pull?limit=1`, { headers: { cookie } }) },
      { expected: 400, response: await fetch(`${baseURL}/api/sync/push`, { method: "POST", body: "{}", headers: { "content-type": "application/json", cookie } }) },
      { expected: 415, response: await fetch(`${baseURL}/api/attachments/${"0".repeat(64)}`, { method: "PUT", body: "x", headers: { "content-type": "text/plain", cookie } }) },
    ];
    for (const { expected, response } of warmUps) {
      await response.arrayBuffer();
      if (response.status !== expected) throw new Error(`warm-up ${response.url}: HTTP ${response.status}, expected ${expected}`);
    }

    const log: PushLog = { latencies: [], bodies: [], uploadLatencies: [] };
    const cpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    await Promise.all(devices.map((device) => runDevice(baseURL, device, log)));
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSeconds(server.pid);

    const results = log.bodies.flatMap((body) => PushResponseSchema.parse(body).results);
    const sorted = [...log.latencies].sort((a, b) => a - b);
    const uploads = [...log.uploadLatencies].sort((a, b) => a - b);
    const total = (values: number[]) => (values.reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(1);
    console.log(`[bench] ${log.latencies.length} pushes (${log.latencies.length - RECORDS / BATCH} replayed) and ${uploads.length} image uploads in ${seconds.toFixed(2)} s`);
    console.log(`[bench] push latencies (ms): ${sorted.map((ms) => ms.toFixed(0)).join(" ")}`);
    console.log(`[bench] push p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms, ${total(sorted)} s in all; image upload p50 ${percentile(uploads, 50).toFixed(0)} ms, p95 ${percentile(uploads, 95).toFixed(0)} ms, ${total(uploads)} s in all`);
    console.log(
      `[bench] CPU seconds in those ${seconds.toFixed(1)} s (${os.cpus().length} cores): app server ${(cpuAfter.server - cpuBefore.server).toFixed(1)} (kernel ${(cpuAfter.serverSys - cpuBefore.serverSys).toFixed(1)}), ` +
        `PostgreSQL ${(cpuAfter.postgres - cpuBefore.postgres).toFixed(1)}, this bench client ${(cpuAfter.client - cpuBefore.client).toFixed(1)}`,
    );
    console.log("[bench] targets on this 2-core machine: ≥ 1,500 records/s, lost 0, duplicated 0");
    const { lost, duplicated } = await verify(dbUrl.toString(), devices, results);
    console.log(`records_per_s=${Math.round(RECORDS / seconds)} push_p50_ms=${Math.round(percentile(sorted, 50))} push_p95_ms=${Math.round(percentile(sorted, 95))} lost=${lost} duplicated=${duplicated}`);
  } finally {
    if (server) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runWithServerCondition(import.meta.url, main).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
