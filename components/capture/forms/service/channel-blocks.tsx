"use client";

import { memo } from "react";
import { DateInput, DateTimeInput } from "../../form-kit/date-inputs";
import { FormSection } from "../../form-kit/form-section";
import { TextInput } from "../../form-kit/text-inputs";
import { SERVICE_TEXT } from "./service-text";

function upperCase(text: string): string {
  return text.toUpperCase();
}

/** Registered post: the mailing date is the valid date (TTLT 11/2016 Đ.2 k.1). */
export const PostalBlock = memo(function PostalBlock() {
  const TEXT = SERVICE_TEXT.postal;
  return (
    <FormSection legend={TEXT.legend} errorPath="postal">
      <TextInput path="postal.trackingNumber" label={TEXT.trackingNumber} clean={upperCase} />
      <DateInput path="postal.mailedOn" label={TEXT.mailedOn} />
    </FormSection>
  );
});

/** Đ.43; NĐ 152/2026 Đ.18: two consecutive issues or days; the second is the valid date. */
export const MediaBlock = memo(function MediaBlock() {
  const TEXT = SERVICE_TEXT.media;
  return (
    <FormSection legend={TEXT.legend} errorPath="media">
      <TextInput path="media.outlet" label={TEXT.outlet} />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateInput path="media.firstPublishedOn" label={TEXT.firstPublishedOn} />
        <DateInput path="media.secondPublishedOn" label={TEXT.secondPublishedOn} />
      </div>
    </FormSection>
  );
});

/** NĐ 152/2026 Đ.15: the moment VNeID reports the notice sent is the valid date. */
export const VneidBlock = memo(function VneidBlock() {
  const TEXT = SERVICE_TEXT.vneid;
  return (
    <FormSection legend={TEXT.legend} errorPath="vneid">
      <DateTimeInput path="vneid.sentAt" label={TEXT.sentAt} />
    </FormSection>
  );
});
