import { PrintImage } from "./print-image";

export interface PrintPhoto {
  sha256: string;
  caption: string;
}

/** Photos of assets or postings as a grid of small images; each stays whole on one page. */
export function PrintPhotos({ photos, imageUrl }: { photos: readonly PrintPhoto[]; imageUrl(sha256: string): string | undefined }) {
  if (photos.length === 0) return null;
  return (
    <div className="bb-photos">
      {photos.map((photo, index) => (
        <figure key={`${photo.sha256}-${index}`} className="bb-photo">
          <PrintImage src={imageUrl(photo.sha256)} alt={photo.caption} placeholder="[Ảnh]" />
          <figcaption>{photo.caption}</figcaption>
        </figure>
      ))}
    </div>
  );
}
