"use client";

import { memo, useId } from "react";
import { COUNCIL_VOTE_LABELS } from "@/lib/domain/records/labels";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { useDraftSelect, useFormEnv } from "../../form-kit/draft-form";
import { getAt, joinPath, setAt } from "../../form-kit/draft-path";
import { FormSection } from "../../form-kit/form-section";
import { MoneyInput } from "../../form-kit/money-input";
import { optionsOf } from "../../form-kit/options";
import { RepeatableList } from "../../form-kit/repeatable-list";
import { TextArea, TextInput } from "../../form-kit/text-inputs";
import { newCouncilMember, withChair } from "./method-rules";
import { VALUATION_TEXT } from "./valuation-text";

const TEXT = VALUATION_TEXT.council;
const MEMBERS = "method.council.members";
const VOTE_OPTIONS = optionsOf(COUNCIL_VOTE_LABELS);

/** One radio per member, all in one group: choosing a chair unseats the previous one. */
function ChairRadio({ path, index, name }: { path: string; index: number; name: string }) {
  const { store, readOnly } = useFormEnv();
  const isChair = useDraftSelect((draft) => getAt(draft, joinPath(path, "isChair")) === true);
  return (
    <label className="flex min-h-11 items-center gap-2 text-base">
      <input
        type="radio"
        name={name}
        checked={isChair}
        onChange={() => store.update((draft) => setAt(draft, MEMBERS, withChair(getAt(draft, MEMBERS), index)))}
        disabled={readOnly}
        className="size-5 accent-blue-800"
      />
      {TEXT.chair}
    </label>
  );
}

const MemberFields = memo(function MemberFields({ path, index, chairGroup }: { path: string; index: number; chairGroup: string }) {
  return (
    <>
      <TextInput path={joinPath(path, "fullName")} label={TEXT.fullName} />
      <TextInput path={joinPath(path, "title")} label={TEXT.title} />
      <ChairRadio path={path} index={index} name={chairGroup} />
      <TextArea path={joinPath(path, "opinion")} label={TEXT.opinion} rows={2} />
      <RadioGroup path={joinPath(path, "vote")} legend={TEXT.vote} options={VOTE_OPTIONS} />
    </>
  );
});

/** NĐ 152/2026 Đ.60 k.3: ≥ 3 members chaired by the CHV, each member's opinion and vote, the result. */
export const CouncilFields = memo(function CouncilFields() {
  const chairGroup = useId();
  return (
    <FormSection legend={TEXT.legend} errorPath="method.council">
      <TextInput path="method.council.decisionNumber" label={TEXT.decisionNumber} hint={TEXT.decisionHint} />
      <RepeatableList
        path={MEMBERS}
        legend={TEXT.members}
        itemLabel={TEXT.member}
        addLabel={TEXT.addMember}
        newItem={newCouncilMember}
        renderItem={(itemPath, index) => <MemberFields path={itemPath} index={index} chairGroup={chairGroup} />}
      />
      <MoneyInput path="method.council.resultPrice" label={TEXT.resultPrice} />
    </FormSection>
  );
});
