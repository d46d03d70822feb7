"use client";

import { memo, type ReactNode } from "react";
import { RepeatableList } from "./repeatable-list";
import { TextArea, TextInput } from "./text-inputs";

interface TextListProps {
  path: string;
  legend: string;
  /** Each row's label: "Đồng sở hữu" → "Đồng sở hữu 1" … */
  itemLabel: string;
  addLabel: string;
  description?: ReactNode;
  emptyText?: string;
  isMultiline?: boolean;
}

function blankText(): string {
  return "";
}

/** A list of strings (co-owners, declared items): one labelled input per row with its remove button. */
export const TextList = memo(function TextList({ path, legend, itemLabel, addLabel, description, emptyText, isMultiline = false }: TextListProps) {
  return (
    <RepeatableList
      path={path}
      legend={legend}
      itemLabel={itemLabel}
      addLabel={addLabel}
      newItem={blankText}
      description={description}
      emptyText={emptyText}
      isCompact
      renderItem={(itemPath, index) =>
        isMultiline ? <TextArea path={itemPath} label={`${itemLabel} ${index + 1}`} rows={2} /> : <TextInput path={itemPath} label={`${itemLabel} ${index + 1}`} />
      }
    />
  );
});
