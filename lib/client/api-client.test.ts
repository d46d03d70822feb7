import { expect, test } from "vitest";
import { z } from "@/lib/domain/z";
import { getJson, postBytes, postJson } from "./api-client";

const Schema = z.object({ id: z.string() }).strict();

function answering(status: number, body: unknown, seen: { init?: RequestInit } = {}): typeof fetch {
  return async (_url, init) => {
    seen.init = init;
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
}

test("postJson sends the body as JSON and returns the validated answer", async () => {
  const seen: { init?: RequestInit } = {};
  const result = await postJson("/api/x", { decision: "approve" }, Schema, undefined, answering(200, { id: "a" }, seen));
  expect(result).toEqual({ ok: true, data: { id: "a" } });
  expect(seen.init?.method).toBe("POST");
  expect(seen.init?.body).toBe('{"decision":"approve"}');
  expect(new Headers(seen.init?.headers).get("content-type")).toBe("application/json");
});

test("a 409 and a 400 come back with their problem, field errors included", async () => {
  const conflict = await postJson("/api/x", {}, Schema, undefined, answering(409, { title: "Conflict", detail: "Biên bản đã được duyệt", code: "conflict" }));
  expect(conflict).toEqual({ ok: false, error: { kind: "problem", status: 409, problem: { title: "Conflict", detail: "Biên bản đã được duyệt", code: "conflict" } } });
  const invalid = await postJson("/api/x", {}, Schema, undefined, answering(400, { title: "Bad", errors: [{ path: "body.reason.text", message: "Cần ghi rõ" }] }));
  expect(invalid.ok ? null : invalid.error).toMatchObject({ kind: "problem", status: 400, problem: { errors: [{ path: "body.reason.text", message: "Cần ghi rõ" }] } });
});

test("a lost network, a signed-out session and an unreadable answer never throw", async () => {
  const offline: typeof fetch = async () => {
    throw new TypeError("Failed to fetch");
  };
  expect(await postJson("/api/x", {}, Schema, undefined, offline)).toEqual({ ok: false, error: { kind: "network" } });
  expect(await getJson("/api/x", Schema, undefined, offline)).toEqual({ ok: false, error: { kind: "network" } });
  expect(await getJson("/api/x", Schema, undefined, answering(401, {}))).toEqual({ ok: false, error: { kind: "unauthenticated" } });
  expect(await getJson("/api/x", Schema, undefined, answering(200, { id: 3 }))).toEqual({ ok: false, error: { kind: "invalid_response" } });
  const broken: typeof fetch = async () => new Response("<html>", { status: 502 });
  expect(await getJson("/api/x", Schema, undefined, broken)).toEqual({ ok: false, error: { kind: "problem", status: 502, problem: {} } });
});

test("postBytes sends the bytes as they are, with their content type; a 422 comes back with its problem", async () => {
  const seen: { init?: RequestInit } = {};
  const bytes = new TextEncoder().encode("ma_don_vi,ma_ho_so\r\n").buffer;
  const result = await postBytes("/api/import/ledger", bytes, "text/csv; charset=utf-8", Schema, undefined, answering(200, { id: "a" }, seen));
  expect(result).toEqual({ ok: true, data: { id: "a" } });
  expect(seen.init?.body).toBe(bytes);
  expect(new Headers(seen.init?.headers).get("content-type")).toBe("text/csv; charset=utf-8");
  const refused = await postBytes("/api/x", bytes, "text/csv", Schema, undefined, answering(422, { detail: "Tệp có 1 lỗi", errors: [{ path: "line.3.ngay_qd", message: "Sai ngày" }] }));
  expect(refused.ok ? null : refused.error).toMatchObject({ kind: "problem", status: 422, problem: { errors: [{ path: "line.3.ngay_qd" }] } });
});
