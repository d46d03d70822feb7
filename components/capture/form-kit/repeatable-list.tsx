"use client";

import { type ReactNode, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { joinPath } from "./draft-path";
import { useDraftLength, useFormEnv } from "./draft-form";
import { FormSection } from "./form-section";
import { hasContent } from "./has-content";
import { KIT_TEXT } from "./kit-text";

interface RepeatableListProps {
  path: string;
  legend: string;
  /** Names each item's group: "Tài sản" → "Tài sản 1", "Tài sản 2" … */
  itemLabel: string;
  addLabel: string;
  /** A fresh item; also what "nothing entered yet" means when asking before a removal. */
  newItem(): unknown;
  renderItem(itemPath: string, index: number): ReactNode;
  description?: ReactNode;
  emptyText?: string;
  /** Rows of one input each (a list of names) instead of a group per item. */
  isCompact?: boolean;
  /** Before the add button: e.g. a hint that belongs with the list. */
  footer?: ReactNode;
}

/** A list of items with add and remove; removing an item that holds something asks first. */
export function RepeatableList({ path, legend, itemLabel, addLabel, newItem, renderItem, description, emptyText = KIT_TEXT.list.empty, isCompact = false, footer }: RepeatableListProps) {
  const { store, readOnly } = useFormEnv();
  const length = useDraftLength(path);
  const [pendingRemoval, setPendingRemoval] = useState<number | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function add() {
    const current = store.getAt(path);
    const index = Array.isArray(current) ? current.length : 0;
    store.setAt(joinPath(path, index), newItem());
    // Put the officer straight into the new item.
    requestAnimationFrame(() => containerRef.current?.querySelector<HTMLElement>(`:scope > [data-item="${index}"] :is(input, select, textarea)`)?.focus());
  }

  function remove(index: number) {
    setPendingRemoval(null);
    store.setAt(joinPath(path, index), undefined);
    addRef.current?.focus();
  }

  function askRemove(index: number) {
    if (hasContent(store.getAt(joinPath(path, index)), newItem())) setPendingRemoval(index);
    else remove(index);
  }

  const items = Array.from({ length }, (_, index) => {
    const name = `${itemLabel} ${index + 1}`;
    const removeButton = readOnly ? null : (
      <button type="button" onClick={() => askRemove(index)} aria-label={KIT_TEXT.list.removeAria(itemLabel, index + 1)} className="min-h-11 min-w-11 shrink-0 rounded-md border border-slate-300 px-3 text-red-800 hover:bg-red-50">
        {KIT_TEXT.list.remove}
      </button>
    );
    if (isCompact) {
      return (
        <div key={index} data-item={index} className="flex items-end gap-2">
          <div className="min-w-0 flex-1">{renderItem(joinPath(path, index), index)}</div>
          {removeButton}
        </div>
      );
    }
    return (
      <fieldset key={index} data-item={index} className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-300 p-3">
        <legend className="px-1 font-medium text-slate-900">{name}</legend>
        {removeButton ? <div className="-mt-2 flex justify-end">{removeButton}</div> : null}
        {renderItem(joinPath(path, index), index)}
      </fieldset>
    );
  });

  return (
    <FormSection legend={legend} errorPath={path} description={description}>
      <div ref={containerRef} className="flex flex-col gap-3">
        {length === 0 ? <p className="text-sm text-slate-600">{emptyText}</p> : items}
      </div>
      {footer}
      {readOnly ? null : (
        <button ref={addRef} type="button" onClick={add} className="min-h-11 self-start rounded-md border border-blue-800 px-4 font-medium text-blue-800 hover:bg-blue-50">
          {addLabel}
        </button>
      )}
      {pendingRemoval !== null ? (
        <ConfirmDialog
          isOpen
          tone="danger"
          title={KIT_TEXT.list.confirmTitle(itemLabel, pendingRemoval + 1)}
          confirmLabel={KIT_TEXT.list.confirm}
          cancelLabel={KIT_TEXT.list.cancel}
          onConfirm={() => remove(pendingRemoval)}
          onCancel={() => setPendingRemoval(null)}
        >
          {KIT_TEXT.list.confirmBody}
        </ConfirmDialog>
      ) : null}
    </FormSection>
  );
}
