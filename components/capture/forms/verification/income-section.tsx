"use client";

import { memo } from "react";
import { INCOME_PERIODICITY_LABELS } from "@/lib/domain/records/labels";
import { CheckboxInput, RadioGroup } from "../../form-kit/choice-inputs";
import { useDraftSelect, useFormEnv } from "../../form-kit/draft-form";
import { isRecord } from "../../form-kit/draft-path";
import { FormSection } from "../../form-kit/form-section";
import { MoneyInput } from "../../form-kit/money-input";
import { optionsOf } from "../../form-kit/options";
import { TextInput } from "../../form-kit/text-inputs";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.income;
const PERIODICITY_OPTIONS = optionsOf(INCOME_PERIODICITY_LABELS);

/** NĐ 62 Đ.9 k.1: regular or irregular income and who pays it — optional: many debtors have none. */
export const IncomeSection = memo(function IncomeSection() {
  const { store } = useFormEnv();
  const hasIncome = useDraftSelect((draft) => isRecord(draft.income));
  return (
    <FormSection legend={TEXT.legend}>
      <CheckboxInput path="income" label={TEXT.hasIncome} checked={hasIncome} onToggle={(checked) => store.setAt("income", checked ? {} : undefined)} />
      {hasIncome ? (
        <>
          <MoneyInput path="income.amount" label={TEXT.amount} />
          <TextInput path="income.payer" label={TEXT.payer} />
          <RadioGroup path="income.periodicity" legend={TEXT.periodicity} options={PERIODICITY_OPTIONS} />
        </>
      ) : null}
    </FormSection>
  );
});
