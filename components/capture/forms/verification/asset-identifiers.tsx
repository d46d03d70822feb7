"use client";

import { memo } from "react";
import { useDraftString } from "../../form-kit/draft-form";
import { joinPath } from "../../form-kit/draft-path";
import { TextInput } from "../../form-kit/text-inputs";
import { VERIFICATION_TEXT } from "./verification-text";

const TEXT = VERIFICATION_TEXT.assets;

/** The identifiers the registration bodies use: thửa + tờ bản đồ + GCN; biển số, số khung, số máy; tài khoản. */
export const AssetIdentifiers = memo(function AssetIdentifiers({ path }: { path: string }) {
  const type = useDraftString(joinPath(path, "type"));
  const at = (key: string) => joinPath(path, "identifiers", key);
  if (type === "land" || type === "house") {
    return (
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput path={at("parcelNumber")} label={TEXT.parcelNumber} />
        <TextInput path={at("mapSheet")} label={TEXT.mapSheet} />
        <TextInput path={at("certificateNumber")} label={TEXT.certificateNumber} />
      </div>
    );
  }
  if (type === "vehicle") {
    return (
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput path={at("plate")} label={TEXT.plate} />
        <TextInput path={at("frameNumber")} label={TEXT.frameNumber} />
        <TextInput path={at("engineNumber")} label={TEXT.engineNumber} />
      </div>
    );
  }
  if (type === "deposit") {
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput path={at("bank")} label={TEXT.bank} alsoErrorAt={joinPath(path, "identifiers")} />
        <TextInput path={at("accountNumber")} label={TEXT.accountNumber} inputMode="numeric" />
      </div>
    );
  }
  return null;
});
