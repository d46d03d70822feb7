"use client";

import { memo } from "react";
import { joinPath } from "../../form-kit/draft-path";
import { NumberInput } from "../../form-kit/number-input";
import { RepeatableList } from "../../form-kit/repeatable-list";
import { TextArea, TextInput } from "../../form-kit/text-inputs";
import { newValuedAsset } from "../initial-drafts";
import { VALUATION_TEXT } from "./valuation-text";

const TEXT = VALUATION_TEXT.assets;

const ValuedAssetFields = memo(function ValuedAssetFields({ path }: { path: string }) {
  return (
    <>
      <TextArea path={joinPath(path, "description")} label={TEXT.description} rows={2} />
      <TextInput path={joinPath(path, "assetRef")} label={TEXT.assetRef} />
      <div className="grid grid-cols-2 gap-3">
        <NumberInput path={joinPath(path, "quantity")} label={TEXT.quantity} />
        <TextInput path={joinPath(path, "unit")} label={TEXT.unit} />
      </div>
    </>
  );
});

export const ValuedAssetsSection = memo(function ValuedAssetsSection() {
  return (
    <RepeatableList
      path="assets"
      legend={TEXT.legend}
      itemLabel={TEXT.item}
      addLabel={TEXT.add}
      emptyText={TEXT.empty}
      newItem={newValuedAsset}
      renderItem={(itemPath) => <ValuedAssetFields path={itemPath} />}
    />
  );
});
