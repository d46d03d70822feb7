#!/usr/bin/env node
// Serves the production build with `next start`, in WEB_CONCURRENCY processes that share one port (node:cluster).
// The app servers are stateless (architecture §8): sessions are JWT cookies, data and locks live in PostgreSQL,
// attachments on a shared store. The embedded PGlite database belongs to one process, so without DATABASE_URL
// there is always exactly one.
import cluster from "node:cluster";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serverProcessCount } from "./server-process-count.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

const args = ["start", "-p", process.env.PORT ?? "3000"];
if (process.env.HOSTNAME) args.push("-H", process.env.HOSTNAME);
cluster.setupPrimary({ exec: nextBin, args });
const count = serverProcessCount(process.env);
const listening = new Set();
let stopping = false;
let exitCode = 0;

function stopAll(signal) {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
}

cluster.on("listening", (worker) => listening.add(worker.id));
cluster.on("exit", (worker, code, signal) => {
  if (!stopping && !listening.has(worker.id)) {
    // It never served (a port taken, a broken build): starting it again would only loop.
    console.error(`[serve] a server process could not start (${signal ?? `exit ${code}`})`);
    exitCode = code || 1;
    stopAll("SIGTERM");
  } else if (!stopping) {
    console.error(`[serve] server process ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another`);
    cluster.fork();
  }
  if (stopping && Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));
for (let k = 0; k < count; k += 1) cluster.fork();
