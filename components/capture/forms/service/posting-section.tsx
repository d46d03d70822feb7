"use client";

import { memo } from "react";
import { formatDateVi } from "@/lib/domain/dates";
import { POSTING_PLACE_LABELS } from "@/lib/domain/records/labels";
import { SelectInput } from "../../form-kit/choice-inputs";
import { DateInput } from "../../form-kit/date-inputs";
import { useDraftString, useFormEnv } from "../../form-kit/draft-form";
import { joinPath } from "../../form-kit/draft-path";
import { FormSection } from "../../form-kit/form-section";
import { optionsOf } from "../../form-kit/options";
import { RepeatableList } from "../../form-kit/repeatable-list";
import { TextInput } from "../../form-kit/text-inputs";
import { PhotoList } from "../../photos/photo-list";
import { SERVICE_TEXT } from "./service-text";

const TEXT = SERVICE_TEXT.posting;
const KIND_OPTIONS = optionsOf(POSTING_PLACE_LABELS);

function newPlace(): Record<string, unknown> {
  return {};
}

const PlaceFields = memo(function PlaceFields({ path }: { path: string }) {
  return (
    <>
      <SelectInput path={joinPath(path, "kind")} label={TEXT.kind} options={KIND_OPTIONS} />
      <TextInput path={joinPath(path, "description")} label={TEXT.description} />
    </>
  );
});

/** Đ.42; NĐ 152/2026 Đ.17: where and when it was posted, until when, with photos as proof. */
export const PostingSection = memo(function PostingSection({ postingEndsOn }: { postingEndsOn?: string }) {
  const { store, readOnly } = useFormEnv();
  const endsOn = useDraftString("posting.endsOn");
  const canUseComputed = !readOnly && postingEndsOn !== undefined && postingEndsOn !== endsOn;
  return (
    <FormSection legend={TEXT.legend} errorPath="posting">
      <RepeatableList
        path="posting.places"
        legend={TEXT.places}
        itemLabel={TEXT.place}
        addLabel={TEXT.addPlace}
        emptyText={TEXT.noPlace}
        newItem={newPlace}
        renderItem={(itemPath) => <PlaceFields path={itemPath} />}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateInput path="posting.postedOn" label={TEXT.postedOn} />
        <div className="flex flex-col gap-2">
          <DateInput path="posting.endsOn" label={TEXT.endsOn} />
          {canUseComputed ? (
            <button type="button" onClick={() => store.setAt("posting.endsOn", postingEndsOn)} className="min-h-11 self-start rounded-md border border-blue-800 px-3 text-blue-800 hover:bg-blue-50">
              {TEXT.applyEndsOn(formatDateVi(postingEndsOn))}
            </button>
          ) : null}
        </div>
      </div>
      <PhotoList path="posting.photoSha256s" legend={TEXT.photos} />
    </FormSection>
  );
});
