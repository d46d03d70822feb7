import type * as zod from "zod";
import { array, boolean, coerce, config, discriminatedUnion, enum as zodEnum, iso, json, literal, number, object, record, string, union, unknown, uuid, ZodError } from "zod";
// Only the Vietnamese locale, so that zod's built-in messages are Vietnamese (the UI's first language) on the
// client, in the service worker and on the server alike.
import vi from "zod/v4/locales/vi.js";

config(vi());
// A field left empty reaches the schema as `undefined`; "expected string, received undefined" tells an officer
// nothing, so say what is wrong in their words. Field-specific messages in the schemas still take precedence.
export const REQUIRED_MESSAGE = "Chưa nhập thông tin bắt buộc này";
config({
  customError: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? REQUIRED_MESSAGE : undefined),
});

/**
 * A schema's own message for a malformed value, and the plain "required" one when the value is missing —
 * a message of the schema would otherwise win even for an empty field.
 */
export function requiredOr(message: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? REQUIRED_MESSAGE : message);
}

// Why not re-export zod's `z` namespace: re-exporting it as a value keeps every member alive in the client
// bundle — all ~50 locales among them, ≈ 70 KB gzip of the phone's first load (`npm run bench:capture`).
// The schemas use these builders; add one here when a schema needs it.
export const z = { array, boolean, coerce, discriminatedUnion, enum: zodEnum, iso, json, literal, number, object, record, string, union, unknown, uuid, ZodError };

// The types that go with the builders (`z.infer<typeof Schema>`), merged with the value above.
// eslint-disable-next-line @typescript-eslint/no-namespace -- a type-only namespace, merged with `z`
export declare namespace z {
  export type infer<T> = zod.infer<T>;
  export type input<T> = zod.input<T>;
  export type output<T> = zod.output<T>;
  export type ZodType<O = unknown, I = unknown> = zod.ZodType<O, I>;
  export type ZodError = zod.ZodError;
  export type RefinementCtx = zod.RefinementCtx;
}
