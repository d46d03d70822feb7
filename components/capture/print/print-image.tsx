/**
 * An image stored on the device (signature, fingerprint, photo), or a bordered placeholder when its bytes are
 * missing, so that the printout shows where the image belongs instead of a broken icon.
 */
export function PrintImage({ src, alt, placeholder }: { src: string | undefined; alt: string; placeholder: string }) {
  if (src === undefined) {
    return (
      <div className="bb-placeholder" role="img" aria-label={alt}>
        {placeholder}
      </div>
    );
  }
  // next/image would route a blob: object URL through its optimiser and lazy-load it, so it could be missing
  // from a printout made offline or before it scrolls into view; a plain eager <img> always prints.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={src} alt={alt} loading="eager" decoding="sync" />;
}
