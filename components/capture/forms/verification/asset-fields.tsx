"use client";

import { memo } from "react";
import { ASSET_TYPE_LABELS } from "@/lib/domain/records/labels";
import { PhotoList } from "../../photos/photo-list";
import { SelectInput } from "../../form-kit/choice-inputs";
import { useFormEnv } from "../../form-kit/draft-form";
import { joinPath } from "../../form-kit/draft-path";
import { MoneyInput } from "../../form-kit/money-input";
import { optionsOf } from "../../form-kit/options";
import { TextArea } from "../../form-kit/text-inputs";
import { TextList } from "../../form-kit/text-list";
import { AssetIdentifiers } from "./asset-identifiers";
import { withAssetType } from "./asset-type";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.assets;
const TYPE_OPTIONS = optionsOf(ASSET_TYPE_LABELS);

/** One asset found: its type and identifiers, description, encumbrances, co-owners, value, condition, photos. */
export const AssetFields = memo(function AssetFields({ path }: { path: string }) {
  const { store } = useFormEnv();
  return (
    <>
      <SelectInput
        path={joinPath(path, "type")}
        label={TEXT.type}
        options={TYPE_OPTIONS}
        onSelect={(type) => type && store.setAt(path, withAssetType(store.getAt(path), type))}
      />
      <AssetIdentifiers path={path} />
      <TextArea path={joinPath(path, "description")} label={TEXT.description} rows={2} />
      <TextArea path={joinPath(path, "encumbrances")} label={TEXT.encumbrances} rows={2} />
      <TextList path={joinPath(path, "coOwners")} legend={TEXT.coOwners} itemLabel={TEXT.coOwner} addLabel={TEXT.addCoOwner} emptyText={TEXT.noCoOwner} />
      <MoneyInput path={joinPath(path, "estimatedValue")} label={TEXT.estimatedValue} />
      <TextArea path={joinPath(path, "condition")} label={TEXT.condition} rows={2} />
      <PhotoList path={joinPath(path, "photoSha256s")} legend={TEXT.photos} />
    </>
  );
});
