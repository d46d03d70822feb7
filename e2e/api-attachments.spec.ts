import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// PUT/GET /api/attachments/{sha256}: the sync engine sends each photo or signature to its content address
// before the records that cite it (architecture §4–§5, issue #4 item 2). Every refusal is problem+json.
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", "officer", "officer2", "supervisor"];
const contexts = new Map<Caller, APIRequestContext>();
const MB = 1024 * 1024;

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) {
    contexts.set(caller, await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username));
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A JPEG-signed body, random after the signature so that every run uploads a new address. */
function jpeg(size = 8 * 1024): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), randomBytes(size - 6)]);
}

function put(caller: Caller, sha256: string, body: Buffer, contentType = "image/jpeg") {
  return ctx(caller).put(`/api/attachments/${sha256}`, { data: body, headers: { "content-type": contentType } });
}

async function expectProblem(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = (await response.json()) as { status: number; code: string; title: string; detail?: string; errors?: { path: string }[] };
  expect(problem).toMatchObject({ status, code });
  expect(problem.title.length).toBeGreaterThan(0);
  return problem;
}

test("an officer's new photo is stored (201), and sending it again answers 200 from anyone", async () => {
  const bytes = jpeg(200 * 1024);
  const sha256 = sha256Of(bytes);
  const first = await put("officer", sha256, bytes);
  expect(first.status()).toBe(201);
  expect(first.headers()["location"]).toBe(`/api/attachments/${sha256}`);
  expect(first.headers()["cache-control"]).toContain("no-store");
  expect(await first.json()).toEqual({ sha256, mime: "image/jpeg", size: bytes.byteLength });

  const again = await put("officer", sha256, bytes);
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ sha256, mime: "image/jpeg", size: bytes.byteLength });
  expect((await put("officer2", sha256, bytes)).status()).toBe(200);
});

test("bytes that do not hash to the address are refused with 422 and a Vietnamese reason", async () => {
  const bytes = jpeg();
  const problem = await expectProblem(await put("officer", sha256Of(jpeg()), bytes), 422, "unprocessable");
  expect(problem.detail).toContain("không khớp");
  expect(problem.detail).toContain(sha256Of(bytes).slice(0, 12));
});

test("a body over 10 MB is refused with 413", async () => {
  const bytes = jpeg(10 * MB + 1);
  const problem = await expectProblem(await put("officer", sha256Of(bytes), bytes), 413, "payload_too_large");
  expect(problem.detail).toBe("Nội dung tối đa 10 MB");
});

test("an endless body without Content-Length is cut at 10 MB with 413", async ({ baseURL }) => {
  // Playwright always sends a length; a streamed (chunked) body makes the server count the bytes itself.
  const state = await ctx("officer").storageState();
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = sent === 0 ? jpeg(64 * 1024) : Buffer.alloc(64 * 1024);
      sent += chunk.byteLength;
      if (sent > 64 * MB) controller.close(); // a bound, in case the server never stops reading
      else controller.enqueue(chunk);
    },
  });
  const response = await fetch(`${baseURL}/api/attachments/${sha256Of(jpeg())}`, {
    method: "PUT",
    body,
    headers: { cookie, "content-type": "image/jpeg" },
    duplex: "half",
  } as RequestInit);
  expect(response.status).toBe(413);
  expect(await response.json()).toMatchObject({ status: 413, code: "payload_too_large" });
  expect(sent).toBeLessThan(20 * MB);
});

const wrongTypes: { name: string; contentType: string; body: Buffer }[] = [
  { name: "text/plain", contentType: "text/plain", body: Buffer.from("Biên bản xác minh") },
  { name: "image/gif", contentType: "image/gif", body: Buffer.from("GIF89a\x01\x00\x01\x00") },
  { name: "JSON", contentType: "application/json", body: Buffer.from("{}") },
  { name: "HTML labelled image/jpeg", contentType: "image/jpeg", body: Buffer.from("<html><script>alert(1)</script></html>") },
  { name: "JPEG labelled image/png", contentType: "image/png", body: jpeg() },
];

for (const probe of wrongTypes) {
  test(`PUT ${probe.name} → 415`, async () => {
    await expectProblem(await put("officer", sha256Of(probe.body), probe.body, probe.contentType), 415, "unsupported_media_type");
  });
}

test("an anonymous upload is 401 before the address is even looked at", async () => {
  const bytes = jpeg();
  await expectProblem(await put("anonymous", sha256Of(bytes), bytes), 401, "unauthenticated");
  await expectProblem(await put("anonymous", "not-a-hash", bytes), 401, "unauthenticated");
  await expectProblem(await ctx("anonymous").get(`/api/attachments/${sha256Of(bytes)}`), 401, "unauthenticated");
});

const badAddresses: { name: string; sha256: string }[] = [
  { name: "upper-case hex", sha256: "AB".repeat(32) },
  { name: "63 characters", sha256: "a".repeat(63) },
  { name: "65 characters", sha256: "a".repeat(65) },
  { name: "not hex", sha256: "z".repeat(64) },
  { name: "a path", sha256: `..%2F..%2F${"a".repeat(58)}` },
];

for (const probe of badAddresses) {
  for (const method of ["PUT", "GET"] as const) {
    test(`${method} with an address that is ${probe.name} → 400 on params.sha256`, async () => {
      const url = `/api/attachments/${probe.sha256}`;
      const bytes = jpeg();
      const response = method === "PUT" ? await ctx("officer").put(url, { data: bytes, headers: { "content-type": "image/jpeg" } }) : await ctx("officer").get(url);
      const problem = await expectProblem(response, 400, "validation_failed");
      expect((problem.errors ?? []).map((error) => error.path)).toContain("params.sha256");
    });
  }
}

test("an uploaded photo that no record in the caller's scope carries is 404, like an unknown one", async () => {
  const bytes = jpeg();
  const sha256 = sha256Of(bytes);
  expect((await put("officer", sha256, bytes)).status()).toBe(201);
  for (const caller of ["officer", "officer2", "supervisor"] as const) {
    const problem = await expectProblem(await ctx(caller).get(`/api/attachments/${sha256}`), 404, "not_found");
    const unknown = await expectProblem(await ctx(caller).get(`/api/attachments/${sha256Of(jpeg())}`), 404, "not_found");
    expect(problem).toEqual(unknown);
  }
});

for (const method of ["POST", "PATCH", "DELETE"] as const) {
  test(`${method} /api/attachments/{sha256} → 405`, async () => {
    const response = await ctx("officer").fetch(`/api/attachments/${sha256Of(jpeg())}`, { method, data: jpeg(), headers: { "content-type": "image/jpeg" } });
    await expectProblem(response, 405, "method_not_allowed");
    expect(response.headers()["allow"]).toBe("GET, PUT");
  });
}

test("POST /api/attachments takes a batch: one result per image, a bad one refused alone; not signed in 401, not multipart 415", async () => {
  const good = [jpeg(), jpeg(20 * 1024)];
  const damaged = jpeg();
  const multipart = (files: { name: string; bytes: Buffer }[]) => Object.fromEntries(files.map(({ name, bytes }) => [name, { name: "anh.jpg", mimeType: "image/jpeg", buffer: bytes }]));
  const files = [...good.map((bytes) => ({ name: sha256Of(bytes), bytes })), { name: sha256Of(jpeg()), bytes: damaged }];
  const response = await ctx("officer").post("/api/attachments", { multipart: multipart(files) });
  expect(response.status()).toBe(200);
  const { results } = (await response.json()) as { results: { sha256: string; status: string; problem?: { status: number } }[] };
  expect(results.filter((result) => result.status === "created").map((result) => result.sha256).sort()).toEqual(good.map(sha256Of).sort());
  expect(results.find((result) => result.status === "rejected")?.problem?.status).toBe(422);
  // Stored for real: the single-image address now answers 200 (already there).
  expect((await put("officer", sha256Of(good[0] ?? jpeg()), good[0] ?? jpeg())).status()).toBe(200);

  await expectProblem(await ctx("anonymous").post("/api/attachments", { multipart: multipart(files) }), 401, "unauthenticated");
  await expectProblem(await ctx("officer").post("/api/attachments", { data: { x: 1 } }), 415, "unsupported_media_type");
  expect((await ctx("officer").get("/api/attachments")).status()).toBe(405);
});
