"use client";

import { useRef, useState } from "react";
import { ImageDialog } from "../ui/image-dialog";

interface ZoomableImageProps {
  src: string;
  alt: string;
  /** Tailwind classes sizing the thumbnail. */
  thumbClassName: string;
  buttonClassName?: string;
}

/** A thumbnail that opens the image at full size; focus returns to it when the dialog closes. */
export function ZoomableImage({ src, alt, thumbClassName, buttonClassName = "" }: ZoomableImageProps) {
  const [isOpen, setIsOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  function close() {
    setIsOpen(false);
    triggerRef.current?.focus();
  }
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        onClick={() => setIsOpen(true)}
        aria-label={`Phóng to: ${alt}`}
        data-testid="zoomable-image"
        className={`block min-h-11 min-w-11 rounded border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${buttonClassName}`}
      >
        {/* The bytes come from an authenticated API route, which next/image's server-side optimiser cannot read. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={src} alt="" loading="lazy" className={thumbClassName} />
      </button>
      <ImageDialog isOpen={isOpen} src={src} alt={alt} closeLabel="Đóng" onClose={close} />
    </>
  );
}
