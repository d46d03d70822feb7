"use client";

import { memo } from "react";
import { SERVICE_CHANNEL_LABELS } from "@/lib/domain/records/labels";
import { ServiceChannelSchema } from "@/lib/domain/records/service-blocks";
import { RadioGroup } from "../../form-kit/choice-inputs";
import { useFormEnv } from "../../form-kit/draft-form";
import { FormSection } from "../../form-kit/form-section";
import { optionsOf } from "../../form-kit/options";
import { withChannel } from "./channel-rules";
import { SERVICE_TEXT } from "./service-text";

const CHANNEL_OPTIONS = optionsOf(SERVICE_CHANNEL_LABELS);

/** Switching the channel drops the blocks of other channels and keeps the outcome valid (channel-rules). */
export const ChannelSection = memo(function ChannelSection() {
  const { store } = useFormEnv();
  function choose(value: string) {
    const channel = ServiceChannelSchema.safeParse(value);
    if (channel.success) store.update((draft) => (draft.channel === channel.data ? draft : withChannel(draft, channel.data)));
  }
  return (
    <FormSection legend={SERVICE_TEXT.channel.legend}>
      <RadioGroup path="channel" legend={SERVICE_TEXT.channel.channel} options={CHANNEL_OPTIONS} onSelect={choose} />
    </FormSection>
  );
});
