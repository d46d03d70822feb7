"use client";

import { memo } from "react";
import { INFORMANT_BODY_LABELS } from "@/lib/domain/records/labels";
import { SelectInput } from "../../form-kit/choice-inputs";
import { joinPath } from "../../form-kit/draft-path";
import { optionsOf } from "../../form-kit/options";
import { RepeatableList } from "../../form-kit/repeatable-list";
import { TextInput } from "../../form-kit/text-inputs";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.informants;
const BODY_OPTIONS = optionsOf(INFORMANT_BODY_LABELS);

function newInformant(): Record<string, unknown> {
  return {};
}

const InformantFields = memo(function InformantFields({ path }: { path: string }) {
  return (
    <>
      <SelectInput path={joinPath(path, "bodyType")} label={TEXT.bodyType} options={BODY_OPTIONS} />
      <TextInput path={joinPath(path, "bodyName")} label={TEXT.bodyName} />
      <TextInput path={joinPath(path, "personName")} label={TEXT.personName} />
      <TextInput path={joinPath(path, "title")} label={TEXT.title} />
    </>
  );
});

/** Who gave information: UBND xã, công an xã, a bank, the land office … (Đ.44 k.4; NĐ 152/2026 Đ.21 k.4). */
export const InformantsSection = memo(function InformantsSection() {
  return (
    <RepeatableList
      path="informants"
      legend={TEXT.legend}
      itemLabel={TEXT.item}
      addLabel={TEXT.add}
      emptyText={TEXT.empty}
      newItem={newInformant}
      renderItem={(itemPath) => <InformantFields path={itemPath} />}
    />
  );
});
