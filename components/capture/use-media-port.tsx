"use client";

import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useMemo } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { readAttachmentBlob, storeAttachment } from "@/lib/client/db/local-attachments";
import { compressImage } from "@/lib/client/media/compress-image";
import type { MediaPort, MediaResult } from "./record-form-contract";

/** An object URL for a stored image, revoked when no longer shown. */
export function useAttachmentUrl(sha256: string): string | undefined {
  const blob = useLiveQuery(() => readAttachmentBlob(fieldDatabase(), sha256), [sha256]);
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function Thumbnail({ sha256, alt, className = "" }: { sha256: string; alt: string; className?: string }) {
  const url = useAttachmentUrl(sha256);
  if (!url) return <span className={`inline-block bg-slate-200 ${className}`} role="img" aria-label={`${alt} (đang tải)`} />;
  // eslint-disable-next-line @next/next/no-img-element -- a local object URL; next/image cannot optimise it
  return <img src={url} alt={alt} className={`object-contain ${className}`} />;
}

/** The media port a form uses: images are compressed, hashed and stored in Dexie under the officer's id. */
export function useMediaPort(ownerId: string): MediaPort {
  return useMemo<MediaPort>(() => {
    async function addImage(file: File, kind: "photo" | "fingerprint"): Promise<MediaResult> {
      const compressed = await compressImage(file);
      if (!compressed.ok) return { ok: false, error: compressed.error };
      try {
        const stored = await storeAttachment(fieldDatabase(), { bytes: compressed.data.bytes, mime: compressed.data.mime, kind, ownerId });
        return { ok: true, sha256: stored.sha256 };
      } catch {
        return { ok: false, error: "Không lưu được ảnh trên máy (bộ nhớ có thể đã đầy)" };
      }
    }
    async function addSignature(png: Blob): Promise<MediaResult> {
      try {
        const stored = await storeAttachment(fieldDatabase(), { bytes: await png.arrayBuffer(), mime: "image/png", kind: "signature", ownerId });
        return { ok: true, sha256: stored.sha256 };
      } catch {
        return { ok: false, error: "Không lưu được chữ ký trên máy (bộ nhớ có thể đã đầy)" };
      }
    }
    return { addImage, addSignature, Thumbnail };
  }, [ownerId]);
}
