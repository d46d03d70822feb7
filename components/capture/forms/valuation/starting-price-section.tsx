"use client";

import { memo } from "react";
import { formatVnd } from "@/lib/domain/money";
import { useDraftSelect, useFormEnv } from "../../form-kit/draft-form";
import { FormSection } from "../../form-kit/form-section";
import { MoneyInput } from "../../form-kit/money-input";
import { determinedPriceOf } from "./method-rules";
import { VALUATION_TEXT } from "./valuation-text";

const TEXT = VALUATION_TEXT.startingPrice;

/** Đ.98 k.1, Đ.101 k.1: the agreed or determined price is the auction's starting price. */
export const StartingPriceSection = memo(function StartingPriceSection() {
  const { store, readOnly } = useFormEnv();
  const determined = useDraftSelect((draft) => determinedPriceOf(draft.method));
  const starting = useDraftSelect((draft) => (typeof draft.startingPrice === "number" ? draft.startingPrice : undefined));
  return (
    <FormSection legend={TEXT.legend}>
      <p className="text-sm text-slate-700">{determined === undefined ? TEXT.none : TEXT.determined(formatVnd(determined))}</p>
      <MoneyInput path="startingPrice" label={TEXT.startingPrice} hint={TEXT.hint} />
      {readOnly ? null : (
        <button
          type="button"
          disabled={determined === undefined || determined === starting}
          onClick={() => store.setAt("startingPrice", determined)}
          className="min-h-11 self-start rounded-md border border-blue-800 px-4 font-medium text-blue-800 hover:bg-blue-50 disabled:border-slate-300 disabled:text-slate-400"
        >
          {TEXT.copy}
        </button>
      )}
    </FormSection>
  );
});
