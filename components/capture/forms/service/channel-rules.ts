import { localDateOf } from "@/lib/domain/dates";
import type { ServiceChannel, ServiceOutcome } from "@/lib/domain/records/service-blocks";
import { isRecord } from "../../form-kit/draft-path";
import type { DraftPayload } from "../../record-form-contract";

// The service form offers only what service.ts accepts, so the officer cannot build a record that fails on
// a combination: each channel has its outcomes and its own block.

const IMPERSONAL: readonly string[] = ["niem_yet", "phuong_tien_thong_tin_dai_chung", "vneid"];
const FAILURES: readonly ServiceOutcome[] = ["refused", "absent", "moved", "not_found"];
const ALL: readonly ServiceOutcome[] = ["delivered", "refused", "absent", "moved", "not_found", "substitute"];

/** Nobody is met on these channels: the act is done or not done (service.ts IMPERSONAL_CHANNELS). */
export function isImpersonal(channel: unknown): boolean {
  return typeof channel === "string" && IMPERSONAL.includes(channel);
}

export function outcomesFor(channel: unknown): readonly ServiceOutcome[] {
  if (isImpersonal(channel)) return ["delivered"];
  if (channel === "nguoi_nhan_thay") return ["substitute", ...FAILURES];
  // Registered post is not handed over by the officer: no substitute receiver on the minutes.
  if (channel === "buu_dien") return ["delivered", ...FAILURES];
  return ALL;
}

const CHANNEL_BLOCKS: Record<string, ServiceChannel> = { posting: "niem_yet", postal: "buu_dien", media: "phuong_tien_thong_tin_dai_chung", vneid: "vneid" };

function attemptDate(draft: DraftPayload): string | undefined {
  const { attemptedAt } = draft;
  return typeof attemptedAt === "string" && !Number.isNaN(Date.parse(attemptedAt)) ? localDateOf(attemptedAt) : undefined;
}

function compact(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** A channel's block, new: the dates default to the attempt (the act usually happens then). */
function newBlock(channel: ServiceChannel, draft: DraftPayload): [string, Record<string, unknown>] | null {
  const date = attemptDate(draft);
  switch (channel) {
    case "niem_yet":
      return ["posting", compact({ places: [], postedOn: date, photoSha256s: [] })];
    case "buu_dien":
      return ["postal", compact({ mailedOn: date })];
    case "phuong_tien_thong_tin_dai_chung":
      return ["media", {}];
    case "vneid":
      return ["vneid", compact({ sentAt: date ? draft.attemptedAt : undefined })];
    default:
      return null;
  }
}

/** The draft with an outcome; a substitute receiver exists exactly when the outcome is `substitute`. */
export function withOutcome(draft: DraftPayload, outcome: ServiceOutcome | undefined): DraftPayload {
  const { outcome: _outcome, substituteReceiver, ...rest } = draft;
  const next: DraftPayload = outcome === undefined ? rest : { ...rest, outcome };
  if (outcome !== "substitute") return next;
  const receiver = isRecord(substituteReceiver) ? substituteReceiver : compact({ receivedAt: typeof draft.attemptedAt === "string" ? draft.attemptedAt : undefined });
  return { ...next, substituteReceiver: receiver };
}

/** The draft on another channel: other channels' blocks go, its own comes, the outcome stays valid. */
export function withChannel(draft: DraftPayload, channel: ServiceChannel): DraftPayload {
  const kept = Object.fromEntries(Object.entries(draft).filter(([key]) => CHANNEL_BLOCKS[key] === undefined || CHANNEL_BLOCKS[key] === channel));
  const block = newBlock(channel, draft);
  const next: DraftPayload = { ...kept, channel, ...(block && !isRecord(kept[block[0]]) ? { [block[0]]: block[1] } : {}) };
  const allowed = outcomesFor(channel);
  const current = allowed.find((outcome) => outcome === draft.outcome);
  return withOutcome(next, current ?? (allowed.length === 1 || channel === "nguoi_nhan_thay" ? allowed[0] : undefined));
}
