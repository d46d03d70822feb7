"use client";

import { memo, useId, useState } from "react";
import { RadioGroup } from "../form-kit/choice-inputs";
import { useDraftString, useFieldError, useFormEnv } from "../form-kit/draft-form";
import { joinPath } from "../form-kit/draft-path";
import type { Option } from "../form-kit/options";
import { TextArea } from "../form-kit/text-inputs";
import { ImageFileButton } from "../photos/image-file-button";
import { PARTICIPANT_TEXT as TEXT } from "./participant-text";
import { SignatureDialog } from "./signature-dialog";

type SignOffKind = keyof typeof TEXT.signOffChoices;

const CHOICES: Option<SignOffKind>[] = (["signature", "fingerprint", "refused", "absent"] as const).map((value) => ({ value, label: TEXT.signOffChoices[value] }));

interface SignOffFieldProps {
  participantPath: string; // participants.N
  index: number;
}

/** How one participant signs off: a drawn signature, a fingerprint photo (điểm chỉ), a refusal, an absence. */
export const SignOffField = memo(function SignOffField({ participantPath, index }: SignOffFieldProps) {
  const { store, media, readOnly } = useFormEnv();
  const path = joinPath(participantPath, "signOff");
  const statusId = useId();
  const kind = useDraftString(joinPath(path, "kind"));
  const sha256 = useDraftString(joinPath(path, "attachmentSha256"));
  const attachmentError = useFieldError(joinPath(path, "attachmentSha256"));
  const fullName = useDraftString(joinPath(participantPath, "fullName"));
  const name = fullName?.trim() || TEXT.unnamed(index + 1);
  const [isSigning, setIsSigning] = useState(false);
  const [fingerprintState, setFingerprintState] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null });

  function choose(next: string) {
    // A new choice starts afresh: a refusal's reason or an old signature does not carry over.
    if (next !== kind) store.setAt(path, { kind: next });
  }

  async function addFingerprint(file: File) {
    setFingerprintState({ busy: true, problem: null });
    const result = await media.addImage(file, "fingerprint");
    setFingerprintState({ busy: false, problem: result.ok ? null : result.error });
    if (result.ok) store.setAt(path, { kind: "fingerprint", attachmentSha256: result.sha256 });
  }

  const missing = attachmentError && !sha256 ? (kind === "fingerprint" ? TEXT.missingFingerprint : TEXT.missingSignature) : undefined;
  return (
    <div className="flex flex-col gap-2">
      <RadioGroup path={joinPath(path, "kind")} legend={TEXT.signOff} options={CHOICES} alsoErrorAt={path} onSelect={choose} />
      {kind === "signature" || kind === "fingerprint" ? (
        <div className="flex flex-wrap items-center gap-3">
          {sha256 ? (
            <media.Thumbnail sha256={sha256} alt={kind === "signature" ? TEXT.signatureAlt(name) : TEXT.fingerprintAlt(name)} className="h-20 w-40 rounded-md border border-slate-300 bg-white" />
          ) : null}
          {readOnly ? null : kind === "signature" ? (
            <button type="button" onClick={() => setIsSigning(true)} aria-describedby={missing ? statusId : undefined} className="min-h-11 rounded-md border border-blue-800 px-4 font-medium text-blue-800 hover:bg-blue-50">
              {sha256 ? TEXT.signAgain : TEXT.sign}
            </button>
          ) : (
            <ImageFileButton label={sha256 ? TEXT.fingerprintRetake : TEXT.fingerprintTake} isCamera isDisabled={fingerprintState.busy} onFiles={([file]) => file && void addFingerprint(file)} />
          )}
        </div>
      ) : null}
      {kind === "refused" ? <TextArea path={joinPath(path, "reason")} label={TEXT.refusalReason} rows={2} /> : null}
      <p id={statusId} aria-live="polite" className="text-sm">
        {fingerprintState.busy ? <span className="text-slate-700">{TEXT.fingerprintWorking}</span> : null}
        {fingerprintState.problem ? <span className="text-red-800">{fingerprintState.problem}</span> : null}
        {missing ? <span className="text-red-800">{missing}</span> : null}
      </p>
      {isSigning ? (
        <SignatureDialog
          signerName={name}
          media={media}
          onCancel={() => setIsSigning(false)}
          onSaved={(saved) => {
            setIsSigning(false);
            store.setAt(path, { kind: "signature", attachmentSha256: saved });
          }}
        />
      ) : null}
    </div>
  );
});
