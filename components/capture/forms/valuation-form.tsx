"use client";

import { memo } from "react";
import { DraftForm } from "../form-kit/draft-form";
import { FormSection } from "../form-kit/form-section";
import { TextArea } from "../form-kit/text-inputs";
import { ParticipantList } from "../participants/participant-list";
import type { RecordFormProps } from "../record-form-contract";
import { ValuedAssetsSection } from "./valuation/assets-section";
import { MethodSection } from "./valuation/method-section";
import { StartingPriceSection } from "./valuation/starting-price-section";
import { VALUATION_TEXT } from "./valuation/valuation-text";

const NotesSection = memo(function NotesSection() {
  return (
    <FormSection legend={VALUATION_TEXT.notes.legend}>
      <TextArea path="notes" label={VALUATION_TEXT.notes.notes} rows={3} />
    </FormSection>
  );
});

/** Biên bản thẩm định giá / xác định giá (domain §1.6): assets, how the price was set, the starting price. */
export function ValuationForm({ draft, onChange, errors, media, context, readOnly }: RecordFormProps) {
  return (
    <DraftForm draft={draft} onChange={onChange} errors={errors} media={media} context={context} readOnly={readOnly}>
      <div className="flex flex-col gap-4">
        <ValuedAssetsSection />
        <MethodSection />
        <StartingPriceSection />
        <NotesSection />
        <ParticipantList />
      </div>
    </DraftForm>
  );
}
