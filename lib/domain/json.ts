import { z } from "./z";

/** Any JSON value, and a JSON object (a record's stored payload, an audit entry's detail) read back from the database or the wire. */
export const JsonSchema = z.json();
export type Json = z.infer<typeof JsonSchema>;
export const JsonObjectSchema = z.record(z.string(), JsonSchema);
export type JsonObject = z.infer<typeof JsonObjectSchema>;
