// The production build: `next build`, then `serwist build`, which writes public/sw.js with the precache
// manifest of that very build. Serwist's configurator mode must run after EVERY next build, or the service
// worker precaches the chunks of the previous one (stack notes, pitfall 5).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function step(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[build] ${label} failed (exit ${result.status ?? result.signal})`);
    return false;
  }
  return true;
}

/** Runs both steps; true when both succeeded. */
export function buildForProduction() {
  return (
    step("next build", [path.join(root, "node_modules/next/dist/bin/next"), "build"]) &&
    step("serwist build", [path.join(root, "node_modules/@serwist/cli/cli.js"), "build", "serwist.config.mjs"])
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(buildForProduction() ? 0 : 1);
}
