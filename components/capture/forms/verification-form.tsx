"use client";

import { memo } from "react";
import { DraftForm } from "../form-kit/draft-form";
import { FormSection } from "../form-kit/form-section";
import { TextArea } from "../form-kit/text-inputs";
import { ParticipantList } from "../participants/participant-list";
import type { RecordFormProps } from "../record-form-contract";
import { AssetsSection } from "./verification/assets-section";
import { ConclusionSection } from "./verification/conclusion-section";
import { DeclarationSection } from "./verification/declaration-section";
import { IncomeSection } from "./verification/income-section";
import { InformantsSection } from "./verification/informants-section";
import { SubjectSection } from "./verification/subject-section";
import { TimePlaceSection } from "./verification/time-place-section";
import { VERIFICATION_TEXT } from "./verification/verification-text";

const NotesSection = memo(function NotesSection() {
  return (
    <FormSection legend={VERIFICATION_TEXT.notes.legend}>
      <TextArea path="notes" label={VERIFICATION_TEXT.notes.notes} rows={3} />
    </FormSection>
  );
});

/** Biên bản xác minh điều kiện thi hành án (domain §1.2), in the order the minutes are written. */
export function VerificationForm({ draft, onChange, errors, media, context, readOnly }: RecordFormProps) {
  return (
    <DraftForm draft={draft} onChange={onChange} errors={errors} media={media} context={context} readOnly={readOnly}>
      <div className="flex flex-col gap-4">
        <TimePlaceSection />
        <InformantsSection />
        <SubjectSection debtorName={context.debtor.name} />
        <DeclarationSection />
        <AssetsSection />
        <IncomeSection />
        <ConclusionSection />
        <NotesSection />
        <ParticipantList />
      </div>
    </DraftForm>
  );
}
