"use client";

import { memo } from "react";
import { RepeatableList } from "../../form-kit/repeatable-list";
import { AssetFields } from "./asset-fields";
import { newFoundAsset } from "./asset-type";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.assets;

/** Assets found (Đ.44 k.4; NĐ 152/2026 Đ.21 k.1), each with the identifiers a later kê biên needs. */
export const AssetsSection = memo(function AssetsSection() {
  return (
    <RepeatableList
      path="assets"
      legend={TEXT.legend}
      itemLabel={TEXT.item}
      addLabel={TEXT.add}
      emptyText={TEXT.empty}
      newItem={newFoundAsset}
      renderItem={(itemPath) => <AssetFields path={itemPath} />}
    />
  );
});
