/** How many `next start` processes serve the port: WEB_CONCURRENCY, or one per core; one on PGlite. */
export function serverProcessCount(env: Record<string, string | undefined>, cores?: number): number;
