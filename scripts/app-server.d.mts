export function freePort(): Promise<number>;
/** Starts the production app on a free port with a throwaway database; resolves once it answers. */
export function startAppServer(options?: { timeoutMs?: number }): Promise<{ baseURL: string; stop(): Promise<void> }>;
