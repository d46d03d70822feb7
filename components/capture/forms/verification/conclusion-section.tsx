"use client";

import { memo } from "react";
import { CONCLUSION_LABELS, NO_CONDITION_GROUND_LABELS } from "@/lib/domain/records/labels";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { useDraftString, useFormEnv } from "../../form-kit/draft-form";
import { FormSection } from "../../form-kit/form-section";
import { optionsOf } from "../../form-kit/options";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.conclusion;
const CONCLUSION_OPTIONS = optionsOf(CONCLUSION_LABELS);
const GROUND_OPTIONS = optionsOf(NO_CONDITION_GROUND_LABELS);

/** The conclusion the officer proposes (Đ.44a): có điều kiện, or chưa có điều kiện on ground a, b or c. */
export const ConclusionSection = memo(function ConclusionSection() {
  const { store } = useFormEnv();
  const conclusion = useDraftString("conclusion.conclusion");
  return (
    <FormSection legend={TEXT.legend}>
      <RadioGroup
        path="conclusion.conclusion"
        legend={TEXT.conclusion}
        options={CONCLUSION_OPTIONS}
        alsoErrorAt="conclusion"
        onSelect={(next) => next !== conclusion && store.setAt("conclusion", { conclusion: next })}
      />
      {conclusion === "chua_co_dieu_kien" ? <RadioGroup path="conclusion.ground" legend={TEXT.ground} options={GROUND_OPTIONS} /> : null}
    </FormSection>
  );
});
