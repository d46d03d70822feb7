import type { ComponentType } from "react";

// The contract between a record form (presentational: verification, service, valuation) and the record page
// that owns the draft in Dexie. Forms never touch Dexie: they render a draft and report every change.

/** A payload being captured: the shape of the record type's payload schema, with any member still missing. */
export type DraftPayload = Record<string, unknown>;

/** Validation messages keyed by the zod issue path joined with dots: `participants.0.signOff`. */
export type FieldErrors = Readonly<Record<string, string>>;

export type MediaResult = { ok: true; sha256: string } | { ok: false; error: string };

/** Images go through the page: compressed (≤ 1600 px), hashed and stored as ArrayBuffer in Dexie. */
export interface MediaPort {
  addImage(file: File, kind: "photo" | "fingerprint"): Promise<MediaResult>;
  addSignature(png: Blob): Promise<MediaResult>;
  /** Renders a stored image by its hash (an object URL made from Dexie bytes). */
  Thumbnail: ComponentType<{ sha256: string; alt: string; className?: string }>;
}

/** What a form may prefill from: the case and the signed-in officer. */
export interface CaptureContext {
  officerName: string;
  debtor: { name: string; address: string; identity?: { kind: "dinh_danh" | "cmnd"; number: string } };
  creditor: { name: string; address: string };
  decisionNumber: string;
  decisionDate: string; // ISO yyyy-mm-dd
}

export interface RecordFormProps {
  draft: DraftPayload;
  onChange(next: DraftPayload): void;
  errors: FieldErrors;
  media: MediaPort;
  context: CaptureContext;
  readOnly?: boolean;
}
