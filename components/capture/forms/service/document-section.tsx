"use client";

import { memo } from "react";
import { SERVED_DOCUMENT_TYPE_LABELS } from "@/lib/domain/records/labels";
import { SelectInput } from "../../form-kit/choice-inputs";
import { DateInput } from "../../form-kit/date-inputs";
import { FormSection } from "../../form-kit/form-section";
import { optionsOf } from "../../form-kit/options";
import { TextArea, TextInput } from "../../form-kit/text-inputs";
import { SERVICE_TEXT } from "./service-text";

const TEXT = SERVICE_TEXT.document;
const TYPE_OPTIONS = optionsOf(SERVED_DOCUMENT_TYPE_LABELS);

export const DocumentSection = memo(function DocumentSection() {
  return (
    <FormSection legend={TEXT.legend} errorPath="document">
      <SelectInput path="document.type" label={TEXT.type} options={TYPE_OPTIONS} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput path="document.number" label={TEXT.number} />
        <DateInput path="document.date" label={TEXT.date} />
      </div>
      <TextArea path="document.title" label={TEXT.title} rows={2} />
    </FormSection>
  );
});
