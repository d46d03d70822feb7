"use client";

import { memo } from "react";
import { DateInput } from "../../form-kit/date-inputs";
import { FormSection } from "../../form-kit/form-section";
import { MoneyInput } from "../../form-kit/money-input";
import { TextInput } from "../../form-kit/text-inputs";
import { VALUATION_TEXT } from "./valuation-text";

const TEXT = VALUATION_TEXT.firm;
const at = (key: string) => `method.firm.${key}`;

/** NĐ 152/2026 Đ.60 k.2: a firm on the published list, its contract and its certificate. */
export const FirmFields = memo(function FirmFields() {
  return (
    <FormSection legend={TEXT.legend} errorPath="method.firm">
      <TextInput path={at("name")} label={TEXT.name} />
      <TextInput path={at("listReference")} label={TEXT.listReference} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput path={at("contractNumber")} label={TEXT.contractNumber} />
        <DateInput path={at("contractDate")} label={TEXT.contractDate} />
        <TextInput path={at("certificateNumber")} label={TEXT.certificateNumber} />
        <DateInput path={at("certificateDate")} label={TEXT.certificateDate} />
      </div>
      <MoneyInput path={at("value")} label={TEXT.value} />
      <DateInput path={at("validUntil")} label={TEXT.validUntil} />
    </FormSection>
  );
});
