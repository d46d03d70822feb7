"use client";

import { memo } from "react";
import { SELF_SET_PRICE_REASON_LABELS, VALUATION_METHOD_LABELS } from "@/lib/domain/records/labels";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { useDraftString, useFormEnv } from "../../form-kit/draft-form";
import { FormSection } from "../../form-kit/form-section";
import { MoneyInput } from "../../form-kit/money-input";
import { optionsOf } from "../../form-kit/options";
import { CouncilFields } from "./council-fields";
import { FirmFields } from "./firm-fields";
import { withMethod } from "./method-rules";
import { VALUATION_TEXT } from "./valuation-text";

const TEXT = VALUATION_TEXT;
const METHOD_OPTIONS = optionsOf(VALUATION_METHOD_LABELS);
const REASON_OPTIONS = optionsOf(SELF_SET_PRICE_REASON_LABELS);

function MethodDetails({ method }: { method: string | undefined }) {
  switch (method) {
    case "thoa_thuan_gia":
      return <MoneyInput path="method.agreedPrice" label={TEXT.method.agreedPrice} />;
    case "thoa_thuan_to_chuc":
    case "to_chuc_do_chv_chon":
      return <FirmFields />;
    case "hoi_dong":
      return <CouncilFields />;
    case "chv_tu_xac_dinh":
      return (
        <FormSection legend={TEXT.selfSet.legend}>
          <RadioGroup path="method.reason" legend={TEXT.selfSet.reason} options={REASON_OPTIONS} />
          <MoneyInput path="method.price" label={TEXT.selfSet.price} />
        </FormSection>
      );
    default:
      return null;
  }
}

/** Đ.98–99; NĐ 152/2026 Đ.60: agreed price, agreed or chosen firm, council, or the officer's own price. */
export const MethodSection = memo(function MethodSection() {
  const { store, captureContext } = useFormEnv();
  const method = useDraftString("method.method");
  function choose(next: string) {
    if (next !== method) store.setAt("method", withMethod(store.getAt("method"), next, captureContext().officerName));
  }
  return (
    <FormSection legend={TEXT.method.legend}>
      <RadioGroup path="method.method" legend={TEXT.method.method} options={METHOD_OPTIONS} alsoErrorAt="method" onSelect={choose} />
      <MethodDetails method={method} />
    </FormSection>
  );
});
