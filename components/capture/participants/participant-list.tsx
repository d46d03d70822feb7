"use client";

import { memo } from "react";
import { useDraftSelect, useFormEnv } from "../form-kit/draft-form";
import { getAt, joinPath } from "../form-kit/draft-path";
import { RepeatableList } from "../form-kit/repeatable-list";
import { newParticipant } from "./new-participant";
import { ParticipantFields } from "./participant-fields";
import { PARTICIPANT_TEXT as TEXT } from "./participant-text";
import { needsWitness } from "./witness-hint";

const PATH = "participants";

function WitnessHint() {
  const { store, readOnly } = useFormEnv();
  const isNeeded = useDraftSelect((draft) => needsWitness(getAt(draft, PATH)));
  if (!isNeeded) return null;

  function addWitness() {
    const current = store.getAt(PATH);
    store.setAt(joinPath(PATH, Array.isArray(current) ? current.length : 0), newParticipant("nguoi_chung_kien"));
  }

  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
      <p className="text-sm">{TEXT.witnessHint}</p>
      {readOnly ? null : (
        <button type="button" onClick={addWitness} className="min-h-11 self-start rounded-md border border-amber-700 px-4 font-medium hover:bg-amber-100">
          {TEXT.addWitness}
        </button>
      )}
    </div>
  );
}

/** The people of the minutes and their sign-off; every record form ends with it. */
export const ParticipantList = memo(function ParticipantList() {
  return (
    <RepeatableList
      path={PATH}
      legend={TEXT.legend}
      itemLabel={TEXT.item}
      addLabel={TEXT.add}
      emptyText={TEXT.empty}
      newItem={newParticipant}
      footer={<WitnessHint />}
      renderItem={(itemPath, index) => <ParticipantFields path={itemPath} index={index} />}
    />
  );
});
