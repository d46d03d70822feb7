// Fallible I/O on the client (sync, outbox, API client, storage) returns a Result instead of throwing, so a
// bad network or a full disk never breaks a loop.
export type Result<T, E = string> = { ok: true; data: T } | { ok: false; error: E };

export function ok<T>(data: T): Result<T, never> {
  return { ok: true, data };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
