import { PARTICIPANT_ROLE_LABELS } from "@/lib/domain/records/labels";
import type { Participant } from "@/lib/domain/records/participants";
import { BLANK, identityVi } from "./print-format";

function participantDetails(participant: Participant): string {
  const details = [PARTICIPANT_ROLE_LABELS[participant.role].vi];
  if (participant.title) details.push(`chức vụ, đơn vị: ${participant.title}`);
  if (participant.identity) details.push(identityVi(participant.identity));
  if (participant.address) details.push(`địa chỉ: ${participant.address}`);
  return details.join("; ");
}

/** "Chúng tôi gồm:" with each participant's name, role, title and identity number. */
export function PrintParticipants({ participants }: { participants: readonly Participant[] }) {
  if (participants.length === 0) return <p>Chúng tôi gồm: {BLANK}</p>;
  return (
    <>
      <p>Chúng tôi gồm:</p>
      <ol>
        {participants.map((participant, index) => (
          <li key={index}>
            <span className="bb-bold">{participant.fullName}</span> – {participantDetails(participant)}.
          </li>
        ))}
      </ol>
    </>
  );
}
