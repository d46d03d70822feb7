#!/usr/bin/env node
// Playwright cannot download its own browsers here, so e2e drives Debian's Chromium. This installs the Debian
// package when it is missing (as root, or through sudo) and prints the executable's path. CHROMIUM_PATH overrides.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

export function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (fs.existsSync(wanted)) return wanted;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${wanted} does not exist`);

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const prefix = isRoot ? [] : ["sudo", "-n"];
  console.log("[chromium] /usr/bin/chromium is missing: installing Debian's chromium package…");
  for (const args of [["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]]) {
    const [command, ...rest] = [...prefix, ...args];
    const result = spawnSync(command, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      throw new Error(`'${args.join(" ")}' failed; install Chromium yourself or set CHROMIUM_PATH`);
    }
  }
  if (!fs.existsSync(wanted)) throw new Error("chromium was installed but /usr/bin/chromium is still missing");
  console.log(`[chromium] ${execFileSync(wanted, ["--version"]).toString().trim()}`);
  return wanted;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(`[chromium] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
