"use client";

import { memo } from "react";
import { AddressInput } from "../../form-kit/address-input";
import { DateTimeInput } from "../../form-kit/date-inputs";
import { FormSection } from "../../form-kit/form-section";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.timePlace;

export const TimePlaceSection = memo(function TimePlaceSection() {
  return (
    <FormSection legend={TEXT.legend}>
      <div className="grid gap-3 sm:grid-cols-2">
        <DateTimeInput path="startedAt" label={TEXT.startedAt} />
        <DateTimeInput path="endedAt" label={TEXT.endedAt} />
      </div>
      <AddressInput path="place" label={TEXT.place} hint={TEXT.placeHint} />
    </FormSection>
  );
});
