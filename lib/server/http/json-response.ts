import "server-only";

// Below this size gzip saves nothing worth its cost: Next's compression middleware uses the same 1 KB threshold,
// but only when it knows the length, and a route handler's body reaches it as a stream without one.
const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * A JSON response. A small body carries `Cache-Control: no-transform`, which Next's compression middleware
 * honours: otherwise it gzips every answer, even a 60-byte one, and the zlib stream it sets up per response
 * cost ~2 ms of CPU — as much as the rest of a health check (`npm run bench:sync`). Large bodies (a pull page)
 * are still compressed for the phone's slow link.
 */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers({ "content-type": "application/json", ...init.headers });
  if (Buffer.byteLength(text) < COMPRESSION_THRESHOLD_BYTES) {
    const cacheControl = headers.get("cache-control");
    headers.set("cache-control", cacheControl ? `${cacheControl}, no-transform` : "no-transform");
  }
  return new Response(text, { status: init.status ?? 200, headers });
}
