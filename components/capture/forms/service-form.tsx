"use client";

import { memo } from "react";
import { DraftForm, useDraftString } from "../form-kit/draft-form";
import { ParticipantList } from "../participants/participant-list";
import type { RecordFormProps } from "../record-form-contract";
import { AddresseeSection } from "./service/addressee-section";
import { MediaBlock, PostalBlock, VneidBlock } from "./service/channel-blocks";
import { ChannelSection } from "./service/channel-section";
import { DocumentSection } from "./service/document-section";
import { OutcomeSection } from "./service/outcome-section";
import { PostingSection } from "./service/posting-section";
import { SubstituteReceiverSection } from "./service/substitute-receiver-section";
import { type ValidNotification, ValidNotificationPanel } from "./service/valid-notification-panel";

/** The blocks that exist for the current channel and outcome (service.ts: each belongs to one channel). */
const ChannelDependentSections = memo(function ChannelDependentSections({ postingEndsOn }: { postingEndsOn?: string }) {
  const channel = useDraftString("channel");
  const outcome = useDraftString("outcome");
  return (
    <>
      {outcome === "substitute" ? <SubstituteReceiverSection /> : null}
      {channel === "niem_yet" ? <PostingSection postingEndsOn={postingEndsOn} /> : null}
      {channel === "buu_dien" ? <PostalBlock /> : null}
      {channel === "phuong_tien_thong_tin_dai_chung" ? <MediaBlock /> : null}
      {channel === "vneid" ? <VneidBlock /> : null}
    </>
  );
});

type ServiceFormProps = RecordFormProps & { validNotification?: ValidNotification | null };

/** Biên bản thông báo / tống đạt / niêm yết (domain §1.3), with the valid notification date on top. */
export function ServiceForm({ draft, onChange, errors, media, context, readOnly, validNotification = null }: ServiceFormProps) {
  return (
    <DraftForm draft={draft} onChange={onChange} errors={errors} media={media} context={context} readOnly={readOnly}>
      <div className="flex flex-col gap-4">
        <ValidNotificationPanel value={validNotification} />
        <DocumentSection />
        <ChannelSection />
        <AddresseeSection />
        <OutcomeSection />
        <ChannelDependentSections postingEndsOn={validNotification?.postingEndsOn} />
        <ParticipantList />
      </div>
    </DraftForm>
  );
}
