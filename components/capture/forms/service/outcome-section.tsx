"use client";

import { memo, useMemo } from "react";
import { SERVICE_OUTCOME_LABELS } from "@/lib/domain/records/labels";
import { ServiceOutcomeSchema } from "@/lib/domain/records/service-blocks";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { DateTimeInput } from "../../form-kit/date-inputs";
import { useDraftString, useFormEnv } from "../../form-kit/draft-form";
import { FormSection } from "../../form-kit/form-section";
import { isImpersonal, outcomesFor, withOutcome } from "./channel-rules";
import { SERVICE_TEXT } from "./service-text";

const TEXT = SERVICE_TEXT.attempt;

/** When it was done and what happened; only the outcomes the channel allows are offered. */
export const OutcomeSection = memo(function OutcomeSection() {
  const { store } = useFormEnv();
  const channel = useDraftString("channel");
  const options = useMemo(
    () => outcomesFor(channel).map((value) => ({ value, label: isImpersonal(channel) && value === "delivered" ? TEXT.done : SERVICE_OUTCOME_LABELS[value].vi })),
    [channel],
  );
  function choose(value: string) {
    const outcome = ServiceOutcomeSchema.safeParse(value);
    if (outcome.success) store.update((draft) => (draft.outcome === outcome.data ? draft : withOutcome(draft, outcome.data)));
  }
  return (
    <FormSection legend={TEXT.legend}>
      <DateTimeInput path="attemptedAt" label={TEXT.attemptedAt} />
      <RadioGroup path="outcome" legend={TEXT.outcome} options={options} onSelect={choose} />
    </FormSection>
  );
});
