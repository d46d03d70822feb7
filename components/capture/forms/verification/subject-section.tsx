"use client";

import { memo } from "react";
import { MARITAL_STATUS_LABELS } from "@/lib/domain/records/labels";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { FormSection } from "../../form-kit/form-section";
import { IdentityInput } from "../../form-kit/identity-input";
import { optionsOf } from "../../form-kit/options";
import { TextArea } from "../../form-kit/text-inputs";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.subject;
const MARITAL_OPTIONS = optionsOf(MARITAL_STATUS_LABELS);

/** NĐ 152/2026 Đ.21 k.1: ID, marital status (shared assets), permanent, temporary and current residence. */
export const SubjectSection = memo(function SubjectSection({ debtorName }: { debtorName: string }) {
  return (
    <FormSection legend={TEXT.legend}>
      {debtorName ? (
        <p>
          <span className="text-sm text-slate-700">{TEXT.name}: </span>
          <span className="font-medium">{debtorName}</span>
        </p>
      ) : null}
      <IdentityInput path="subject.identity" />
      <RadioGroup path="subject.maritalStatus" legend={TEXT.maritalStatus} options={MARITAL_OPTIONS} />
      <TextArea path="subject.permanentResidence" label={TEXT.permanentResidence} rows={2} />
      <TextArea path="subject.temporaryResidence" label={TEXT.temporaryResidence} rows={2} />
      <TextArea path="subject.currentResidence" label={TEXT.currentResidence} rows={2} />
    </FormSection>
  );
});
