"use client";

import { memo } from "react";
import { PARTICIPANT_ROLE_LABELS } from "@/lib/domain/records/labels";
import { SelectInput } from "../form-kit/choice-inputs";
import { joinPath } from "../form-kit/draft-path";
import { IdentityInput } from "../form-kit/identity-input";
import { optionsOf } from "../form-kit/options";
import { TextInput } from "../form-kit/text-inputs";
import { PARTICIPANT_TEXT as TEXT } from "./participant-text";
import { SignOffField } from "./sign-off-field";

const ROLE_OPTIONS = optionsOf(PARTICIPANT_ROLE_LABELS);

/** One person of the minutes: capacity, name, title, identity, address and how they signed. */
export const ParticipantFields = memo(function ParticipantFields({ path, index }: { path: string; index: number }) {
  return (
    <>
      <SelectInput path={joinPath(path, "role")} label={TEXT.role} options={ROLE_OPTIONS} />
      <TextInput path={joinPath(path, "fullName")} label={TEXT.fullName} autoComplete="off" />
      <TextInput path={joinPath(path, "title")} label={TEXT.title} />
      <IdentityInput path={joinPath(path, "identity")} />
      <TextInput path={joinPath(path, "address")} label={TEXT.address} />
      <SignOffField participantPath={path} index={index} />
    </>
  );
});
