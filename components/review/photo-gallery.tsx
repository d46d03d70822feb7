import { attachmentUrl } from "@/lib/client/review-api";
import type { ReviewPhoto } from "./record-parts";
import { ReviewCard } from "./review-card";
import { ZoomableImage } from "./zoomable-image";

/** The record's photos as thumbnails; each opens at full size to read a land certificate or a posting. */
export function PhotoGallery({ photos }: { photos: readonly ReviewPhoto[] }) {
  if (photos.length === 0) return null;
  return (
    <ReviewCard title={`Ảnh (${photos.length})`} testId="photo-gallery">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {photos.map((photo, index) => (
          <li key={`${photo.sha256}-${index}`}>
            <figure className="flex flex-col gap-1">
              <ZoomableImage src={attachmentUrl(photo.sha256)} alt={photo.caption} thumbClassName="aspect-square w-full rounded object-cover" buttonClassName="w-full" />
              <figcaption className="text-xs text-slate-700">{photo.caption}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </ReviewCard>
  );
}
