"use client";

import { memo, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useDraftValue, useFormEnv } from "../form-kit/draft-form";
import { setAt } from "../form-kit/draft-path";
import { FormSection } from "../form-kit/form-section";
import { KIT_TEXT } from "../form-kit/kit-text";
import { ImageFileButton } from "./image-file-button";

const MAX_PHOTOS = 20; // the schemas' photoSha256s.max(20)

function hashesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

interface PhotoListProps {
  /** Where the array of SHA-256 strings lives in the draft. */
  path: string;
  legend: string;
}

/** Photos of an asset or a posting: taken or picked, compressed and stored by the page, listed by hash. */
export const PhotoList = memo(function PhotoList({ path, legend }: PhotoListProps) {
  const { store, media, readOnly } = useFormEnv();
  const hashes = hashesOf(useDraftValue(path));
  const [busyCount, setBusyCount] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingRemoval, setPendingRemoval] = useState<number | null>(null);

  async function addFiles(files: File[]) {
    setProblem(null);
    setBusyCount((count) => count + files.length);
    for (const file of files) {
      const result = await media.addImage(file, "photo");
      setBusyCount((count) => count - 1);
      if (!result.ok) {
        setProblem(result.error);
        continue;
      }
      // Appended to the latest draft: other fields may have changed while the photo was compressed.
      store.update((draft) => {
        const current = hashesOf(store.getAt(path));
        if (current.includes(result.sha256) || current.length >= MAX_PHOTOS) return draft;
        return setAt(draft, path, [...current, result.sha256]);
      });
    }
  }

  function remove(index: number) {
    setPendingRemoval(null);
    store.update((draft) => setAt(draft, path, hashesOf(store.getAt(path)).filter((_, i) => i !== index)));
  }

  const isFull = hashes.length >= MAX_PHOTOS;
  return (
    <FormSection legend={legend} errorPath={path}>
      {hashes.length === 0 ? <p className="text-sm text-slate-600">{KIT_TEXT.photos.none}</p> : null}
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {hashes.map((sha256, index) => (
          <li key={sha256} className="flex flex-col gap-1">
            <media.Thumbnail sha256={sha256} alt={KIT_TEXT.photos.photo(index + 1)} className="aspect-square w-full rounded-md border border-slate-200" />
            {readOnly ? null : (
              <button type="button" onClick={() => setPendingRemoval(index)} aria-label={`Xóa ${KIT_TEXT.photos.photo(index + 1).toLowerCase()}`} className="min-h-11 rounded-md border border-slate-300 text-red-800 hover:bg-red-50">
                {KIT_TEXT.list.remove}
              </button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <div className="flex flex-wrap gap-2">
          <ImageFileButton label={KIT_TEXT.photos.camera} isCamera isDisabled={isFull} onFiles={(files) => void addFiles(files)} />
          <ImageFileButton label={KIT_TEXT.photos.file} isMultiple isDisabled={isFull} onFiles={(files) => void addFiles(files)} />
        </div>
      )}
      <p aria-live="polite" className="text-sm">
        {busyCount > 0 ? <span className="text-slate-700">{KIT_TEXT.photos.working}</span> : null}
        {problem ? <span className="text-red-800">{problem}</span> : null}
      </p>
      {pendingRemoval !== null ? (
        <ConfirmDialog
          isOpen
          tone="danger"
          title={KIT_TEXT.photos.confirmTitle(pendingRemoval + 1)}
          confirmLabel={KIT_TEXT.list.confirm}
          cancelLabel={KIT_TEXT.list.cancel}
          onConfirm={() => remove(pendingRemoval)}
          onCancel={() => setPendingRemoval(null)}
        >
          {KIT_TEXT.photos.confirmBody}
        </ConfirmDialog>
      ) : null}
    </FormSection>
  );
});
