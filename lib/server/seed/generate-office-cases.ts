import "server-only";
import type { CaseKind } from "@/lib/domain/cases";
import type { Party } from "@/lib/domain/parties";
import { type MoneyLine, generateObligations } from "./case-obligations";
import { caseKindOf, generateJudgment, generateParties, pickProfile, type Judgment, type Profile } from "./case-profiles";
import { buildTimeline, OUTCOME_SCALE, type Outcome, type Timeline, type TimelineEvent } from "./case-timeline";
import { demoUuid } from "./demo-ids";
import type { GeneratedParty } from "./demo-parties";
import type { OfficeStaff } from "./demo-staff";
import { apportion } from "./money-allocation";
import { createRng, shuffleInPlace } from "./prng";

export interface DraftEvent extends TimelineEvent {
  id: string;
  seq: number;
  signer: string;
  /** QĐ: decisions of the head; XN: xác nhận kết quả thi hành án (Đ.53), the paper that closes a paid case. */
  series: "QĐ" | "XN";
  /** Filled by assignDecisionNumbers once all events of the office are known. */
  decisionNumber: string;
}

export interface DraftCase {
  id: string;
  /** Stable key of every random stream of this case: "tphd:0042". */
  key: string;
  staff: OfficeStaff;
  officerId: string;
  outcome: Outcome;
  profile: Profile;
  kind: CaseKind;
  debtor: GeneratedParty;
  creditor: GeneratedParty;
  judgment: Judgment;
  timeline: Timeline;
  events: DraftEvent[];
  money: MoneyLine[];
  nonMoney: string[];
  /** Cases whose amount is set last so that the office (money có ĐK) or the province (phải thi hành) hits the plan. */
  balancing: "office_money" | "province_money" | null;
}

function outcomeCounts(staff: OfficeStaff): [Outcome, number][] {
  const plan = staff.plan;
  const unfinished = plan.casesWithConditions - plan.casesFinished;
  const withoutConditions = plan.casesToEnforce - plan.casesWithConditions;
  const dinhChi = Math.round(plan.casesFinished * 0.035);
  const hoanC = Math.round(unfinished * 0.1);
  const hoanAb = Math.round(withoutConditions * 0.05);
  const suspended = Math.round(withoutConditions * 0.04);
  return [
    ["xong", plan.casesFinished - dinhChi], ["dinh_chi", dinhChi], ["dang", unfinished - hoanC], ["hoan_c", hoanC],
    ["chua_co_dk", withoutConditions - hoanAb - suspended], ["hoan_ab", hoanAb], ["tam_dinh_chi", suspended],
    ["uy_thac", plan.casesTransferredOut], ["ended_before", plan.casesEndedBefore],
  ];
}

/** Officer of each case: exact quotas by load weight (largest remainder), dealt in a shuffled order. */
function officerSequence(staff: OfficeStaff, caseCount: number): string[] {
  const counts = apportion(caseCount, staff.officers.map((officer) => officer.loadWeight));
  const sequence = staff.officers.flatMap((o, i) => Array.from({ length: counts[i] ?? 0 }, () => o.id));
  return shuffleInPlace(createRng(`officers:${staff.plan.slug}`), sequence);
}

function placeOf(party: Party): string {
  const normalized = party.address.normalized;
  if (!normalized) return party.address.asWritten;
  return `${normalized.hamlet ?? normalized.street ?? ""}, ${normalized.commune}`.replace(/^, /, "");
}

// A balancing case must have the simplest history (one thụ lý, no earlier ledger), so its timeline is redrawn
// from the next stream until it has that shape.
function timelineFor(key: string, outcome: Outcome, balancing: DraftCase["balancing"]): Timeline {
  for (let attempt = 0; ; attempt += 1) {
    const timeline = buildTimeline(createRng(`timeline:${key}:${attempt}`), outcome);
    if (balancing === null) return timeline;
    const isPlain = timeline.staleConditionDate === null && !timeline.isConditionedBeforeYear;
    if (balancing === "office_money" && isPlain && timeline.events.length === 1) return timeline;
    if (balancing === "province_money" && isPlain && timeline.events.length === 2) return timeline;
  }
}

export function generateOfficeCases(staff: OfficeStaff, hasProvinceBalancing: boolean): DraftCase[] {
  const slug = staff.plan.slug;
  const outcomes = shuffleInPlace(createRng(`outcomes:${slug}`), outcomeCounts(staff).flatMap(([o, n]) => Array.from({ length: n }, () => o)));
  const officers = officerSequence(staff, outcomes.length);
  const officeBalancing = outcomes.indexOf("dang");
  const provinceBalancing = hasProvinceBalancing ? outcomes.indexOf("chua_co_dk") : -1;

  return outcomes.map((outcome, index): DraftCase => {
    const key = `${slug}:${String(index + 1).padStart(4, "0")}`;
    const balancing = index === officeBalancing ? "office_money" : index === provinceBalancing ? "province_money" : null;
    const rng = createRng(`case:${key}`);
    const scale = OUTCOME_SCALE[outcome];
    const profile: Profile = balancing ? "ngan_hang" : pickProfile(rng, scale, outcome !== "dinh_chi" && outcome !== "ended_before");
    const timeline = timelineFor(key, outcome, balancing);
    const acceptedDate = timeline.events[0]?.date ?? "";
    const { debtor, creditor, debtorIsCompany } = generateParties(rng, staff.plan, profile, Number(acceptedDate.slice(0, 4)), balancing !== null);
    const judgment = generateJudgment(rng, staff.plan, profile, acceptedDate, debtorIsCompany);
    // The balancing cases get their money once everything else is known.
    const obligations = balancing
      ? { money: [], nonMoney: [] }
      : generateObligations(rng, profile, scale, { judgmentType: judgment.type, creditorLabel: creditor.label, place: placeOf(debtor.party), debtorIsCompany });
    const events = timeline.events.map((event, seq): DraftEvent => ({
      ...event,
      id: demoUuid("status-event", `${key}:${seq}`),
      seq,
      signer: rng.chance(0.6) ? staff.head.displayName : staff.deputyName,
      series: event.status === "thi_hanh_xong" ? "XN" : "QĐ",
      decisionNumber: "",
    }));
    return {
      id: demoUuid("case", key),
      key,
      staff,
      officerId: officers[index] ?? staff.officers[0]?.id ?? "",
      outcome,
      profile,
      kind: caseKindOf(profile),
      debtor,
      creditor,
      judgment,
      timeline,
      events,
      money: obligations.money,
      nonMoney: obligations.nonMoney,
      balancing,
    };
  });
}
