"use client";

import { memo } from "react";
import { DECLARATION_LABELS } from "@/lib/domain/records/labels";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { useDraftString, useFormEnv } from "../../form-kit/draft-form";
import { FormSection } from "../../form-kit/form-section";
import { optionsOf } from "../../form-kit/options";
import { TextList } from "../../form-kit/text-list";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.declaration;
const STATUS_OPTIONS = optionsOf(DECLARATION_LABELS);

/** NĐ 62 Đ.9 k.1: the minutes say whether the debtor declared, and what, or refused to. */
export const DeclarationSection = memo(function DeclarationSection() {
  const { store } = useFormEnv();
  const status = useDraftString("declaration.status");

  function choose(next: string) {
    if (next === status) return;
    // Another answer starts afresh: a refusal keeps no list of declared items.
    store.setAt("declaration", next === "declared" ? { status: next, items: [""] } : { status: next });
  }

  return (
    <FormSection legend={TEXT.legend}>
      <RadioGroup path="declaration.status" legend={TEXT.status} options={STATUS_OPTIONS} alsoErrorAt="declaration" onSelect={choose} />
      {status === "declared" ? <TextList path="declaration.items" legend={TEXT.items} itemLabel={TEXT.item} addLabel={TEXT.add} isMultiline /> : null}
    </FormSection>
  );
});
