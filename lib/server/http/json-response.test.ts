import { expect, test } from "vitest";
import { jsonResponse } from "./json-response";

test("a small answer asks not to be transformed, so the compression middleware leaves it as it is", async () => {
  const response = jsonResponse({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
  expect(await response.json()).toEqual({ status: "ok" });
  expect(jsonResponse({}, { status: 404 }).headers.get("cache-control")).toBe("no-transform");
});

test("a large answer (a pull page) may still be compressed, and keeps the caller's type and status", async () => {
  const body = { items: Array.from({ length: 100 }, (_, k) => ({ k, name: `Nguyễn Văn ${k}` })) };
  const response = jsonResponse(body, { status: 201, headers: { "cache-control": "no-store", "content-type": "application/problem+json" } });
  expect(response.status).toBe(201);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toEqual(body);
});

test("the threshold counts bytes, not characters: Vietnamese text is longer in UTF-8", () => {
  const text = "ệ".repeat(400); // 400 characters, 1,200 bytes
  expect(jsonResponse({ text }).headers.get("cache-control")).toBeNull();
  expect(jsonResponse({ text: "e".repeat(400) }).headers.get("cache-control")).toBe("no-transform");
});
