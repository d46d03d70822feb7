// Helpers shared by the benchmark scripts (`npm run bench:*`): a free port, waiting for the app, percentiles,
// a bounded pool, and the CPU time of processes (Linux /proc) so a run can say where its seconds went.
import fs from "node:fs";
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function waitForHealth(baseURL: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start");
}

export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next] as T;
        next += 1;
        await work(item);
      }
    }),
  );
}

/** CPU seconds used so far by the app server's process tree, every postgres process, and this process (Linux /proc). */
export function cpuSeconds(serverPid: number | undefined): { server: number; serverSys: number; postgres: number; client: number } {
  const ticks = 100; // USER_HZ on Linux
  const stats = fs.existsSync("/proc")
    ? fs.readdirSync("/proc").flatMap((entry) => {
        if (!/^\d+$/.test(entry)) return [];
        try {
          const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
          const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
          return [{ pid: Number(entry), ppid: Number(afterName[1]), name, cpu: (Number(afterName[11]) + Number(afterName[12])) / ticks, sys: Number(afterName[12]) / ticks }];
        } catch {
          return []; // the process ended while we read
        }
      })
    : [];
  const tree = new Set<number>(serverPid ? [serverPid] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) if (tree.has(stat.ppid) && !tree.has(stat.pid)) grew = tree.add(stat.pid).size > 0;
  }
  const sum = (filter: (stat: (typeof stats)[number]) => boolean) => stats.filter(filter).reduce((total, stat) => total + stat.cpu, 0);
  const own = process.cpuUsage();
  return { serverSys: stats.filter((stat) => tree.has(stat.pid)).reduce((t, stat) => t + stat.sys, 0), server: sum((stat) => tree.has(stat.pid)), postgres: sum((stat) => stat.name.startsWith("postgres")), client: (own.user + own.system) / 1e6 };
}


/**
 * lib/server modules start with `import "server-only"`, which only loads under the react-server condition: a
 * bench that imports them re-runs itself under it when started plainly (`tsx scripts/bench-x.ts`).
 */
export async function runWithServerCondition(scriptUrl: string, main: () => Promise<void>): Promise<void> {
  const hasCondition = await import("server-only").then(
    () => true,
    () => false,
  );
  if (hasCondition) return main();
  const { spawnSync } = await import("node:child_process");
  const { fileURLToPath } = await import("node:url");
  const path = await import("node:path");
  const tsx = path.join(path.dirname(fileURLToPath(import.meta.url)), "../node_modules/tsx/dist/cli.mjs");
  const child = spawnSync(process.execPath, [tsx, "--conditions=react-server", fileURLToPath(scriptUrl), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}
