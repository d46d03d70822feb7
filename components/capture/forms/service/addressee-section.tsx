"use client";

import { memo } from "react";
import { AddressInput } from "../../form-kit/address-input";
import { FormSection } from "../../form-kit/form-section";
import { IdentityInput } from "../../form-kit/identity-input";
import { TextInput } from "../../form-kit/text-inputs";
import { SERVICE_TEXT } from "./service-text";

const TEXT = SERVICE_TEXT.addressee;

/** Who the document is for; VNeID needs the 12-digit ID, physical channels an address (service.ts). */
export const AddresseeSection = memo(function AddresseeSection() {
  return (
    <FormSection legend={TEXT.legend} errorPath="addressee">
      <TextInput path="addressee.name" label={TEXT.name} />
      <IdentityInput path="addressee.identity" />
      <AddressInput path="addressee.address" label={TEXT.address} />
    </FormSection>
  );
});
