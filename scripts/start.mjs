#!/usr/bin/env node
// `npm start`: build for production when the sources changed, seed an empty database with the demo province,
// then serve with `next start`. Nothing has to be configured: the embedded PGlite database lives under
// DATA_DIR (default .data/) and NEXTAUTH_SECRET gets a generated per-install default kept there.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_ACCOUNT_LINES, DEMO_PASSWORD } from "./demo-accounts.mjs";
import { buildIsCurrent, writeBuildFingerprint } from "./build-fingerprint.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const env = { ...process.env };
env.NODE_ENV = "production";
env.DATA_DIR = path.resolve(env.DATA_DIR || ".data");
env.PORT = env.PORT || "3000";
fs.mkdirSync(env.DATA_DIR, { recursive: true });
env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET || readOrCreateSecret(path.join(env.DATA_DIR, "nextauth-secret"));
const publicHost = env.HOSTNAME && env.HOSTNAME !== "0.0.0.0" && env.HOSTNAME !== "::" ? env.HOSTNAME : "localhost";
const url = `http://${publicHost}:${env.PORT}`;
env.NEXTAUTH_URL = env.NEXTAUTH_URL || url;
// Behind the app's own port the Host header is trusted, so http://127.0.0.1 and http://localhost both work.
env.AUTH_TRUST_HOST = env.AUTH_TRUST_HOST || "true";

function readOrCreateSecret(file) {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function run(command, args, label) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} thất bại (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");

if (env.SKIP_BUILD === "1") {
  console.log("[start] SKIP_BUILD=1: using the existing build");
} else if (buildIsCurrent(root)) {
  console.log("[start] the production build is up to date");
} else {
  console.log("[start] building for production (next build + serwist build)…");
  run(process.execPath, [path.join(root, "scripts/build.mjs")], "build");
  writeBuildFingerprint(root);
}

console.log(`[start] database: ${env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${path.join(env.DATA_DIR, "pglite")}`}`);
run(process.execPath, [tsxBin, "--conditions=react-server", "scripts/db-seed.ts", "--if-empty"], "db:seed");

// SERVER_CPU_PROFILE_DIR: write a V8 CPU profile of the server on exit, to find where a benchmark's time goes.
const profileArgs = env.SERVER_CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${env.SERVER_CPU_PROFILE_DIR}`] : [];
const server = spawn(process.execPath, [...profileArgs, path.join(root, "scripts/serve.mjs")], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

void announceWhenReady();

async function announceWhenReady() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${env.PORT}/api/health`);
      if (response.ok) {
        const health = await response.json();
        const width = Math.max(...DEMO_ACCOUNT_LINES.map(([username]) => username.length));
        console.log(`\n✓ Tác nghiệp THADS đang chạy tại ${url}  (CSDL: ${health.db}, phiên bản ${health.version})`);
        console.log(`\nTài khoản demo (mật khẩu chung: ${DEMO_PASSWORD}):`);
        for (const [username, role] of DEMO_ACCOUNT_LINES) console.log(`  ${username.padEnd(width)}  ${role}`);
        console.log("");
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`[start] ${url}/api/health did not answer within 120 s`);
}
