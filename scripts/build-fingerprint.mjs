// A fingerprint of everything that goes into the production build, so `npm start` rebuilds only when needed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUT_DIRS = ["app", "components", "lib", "public", "types"];
const INPUT_FILES = ["package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "instrumentation.ts", "serwist.config.mjs", "scripts/build.mjs"];
const FINGERPRINT_FILE = ".next/thads-build-fingerprint";

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    // Tests and the generated service worker do not change what the server serves from source.
    return /\.test\.|^sw\.js/.test(entry.name) ? [] : [full];
  });
}

export function computeBuildFingerprint(root) {
  const hash = createHash("sha256");
  const files = [...INPUT_DIRS.flatMap((dir) => listFiles(path.join(root, dir))), ...INPUT_FILES.map((f) => path.join(root, f))];
  for (const file of files.sort()) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root) {
  const file = path.join(root, FINGERPRINT_FILE);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || !fs.existsSync(file)) return false;
  return fs.readFileSync(file, "utf8").trim() === computeBuildFingerprint(root);
}

export function writeBuildFingerprint(root) {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), `${computeBuildFingerprint(root)}\n`);
}
