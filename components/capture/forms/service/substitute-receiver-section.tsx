"use client";

import { memo } from "react";
import { CheckboxInput } from "../../form-kit/choice-inputs";
import { DateTimeInput } from "../../form-kit/date-inputs";
import { FormSection } from "../../form-kit/form-section";
import { IdentityInput } from "../../form-kit/identity-input";
import { TextInput } from "../../form-kit/text-inputs";
import { SERVICE_TEXT } from "./service-text";

const TEXT = SERVICE_TEXT.substitute;

/** TTLT 11/2016 Đ.2; NĐ 152/2026 Đ.16 k.3: name, relationship, date and hour, and the commitment to hand over. */
export const SubstituteReceiverSection = memo(function SubstituteReceiverSection() {
  return (
    <FormSection legend={TEXT.legend} errorPath="substituteReceiver">
      <TextInput path="substituteReceiver.fullName" label={TEXT.fullName} />
      <IdentityInput path="substituteReceiver.identity" />
      <TextInput path="substituteReceiver.relationship" label={TEXT.relationship} />
      <DateTimeInput path="substituteReceiver.receivedAt" label={TEXT.receivedAt} />
      <CheckboxInput path="substituteReceiver.commitsToHandOver" label={TEXT.commits} />
    </FormSection>
  );
});
