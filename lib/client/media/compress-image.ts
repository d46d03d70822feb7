import "client-only";
import { err, ok, type Result } from "@/lib/domain/result";

// Photos leave the camera at 3–12 MP (2–8 MB). At ≤ 1600 px on the long side and JPEG quality 0.8 a photo
// is 200–400 KB: legible for a land certificate or a posted notice, and a day of them fits a cheap phone and
// a rural uplink (offline-sync-and-pwa.md §2.2).
export const MAX_IMAGE_EDGE_PX = 1600;
const JPEG_QUALITY = 0.8;

export interface CompressedImage {
  bytes: ArrayBuffer;
  mime: "image/jpeg";
  width: number;
  height: number;
}

export function fitWithin(width: number, height: number, maxEdge: number = MAX_IMAGE_EDGE_PX): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Decodes any image the browser can read, honours its EXIF orientation, and re-encodes it as a JPEG. */
export async function compressImage(file: Blob): Promise<Result<CompressedImage, string>> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return err("Không đọc được ảnh. Hãy chọn một tệp ảnh (JPEG, PNG, HEIC đã chuyển đổi…)");
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext("2d");
    if (!context) return err("Trình duyệt không xử lý được ảnh trên máy này");
    // JPEG has no transparency: a white ground keeps a transparent PNG (a scanned signature) legible.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: JPEG_QUALITY });
    return ok({ bytes: await blob.arrayBuffer(), mime: "image/jpeg", ...size });
  } catch {
    return err("Không nén được ảnh; bộ nhớ máy có thể đã đầy");
  } finally {
    bitmap.close();
  }
}
