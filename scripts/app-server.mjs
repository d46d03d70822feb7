// The production app for a script that measures it (Lighthouse, benchmarks): `node scripts/start.mjs` on the
// existing build (SKIP_BUILD=1), on a free port of 127.0.0.1, with a throwaway PGlite database seeded with the
// demo province — as playwright.config.ts starts it for e2e. `stop()` ends it and removes the data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL, timeoutMs, hasExited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error("the app server exited before it answered");
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseURL}/api/health did not answer within ${timeoutMs / 1000} s`);
}

/** Starts the app; resolves once /api/health answers. The server's output is kept out of the caller's. */
export async function startAppServer({ timeoutMs = 240_000 } = {}) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-measure-"));
  const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: { ...process.env, SKIP_BUILD: "1", PORT: String(port), HOSTNAME: "127.0.0.1", DATA_DIR: dataDir, NEXTAUTH_URL: baseURL },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let hasExited = false;
  const exited = new Promise((resolve) => server.once("exit", () => resolve((hasExited = true))));
  async function stop() {
    if (!hasExited) {
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  try {
    await waitForHealth(baseURL, timeoutMs, () => hasExited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
