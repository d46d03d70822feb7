import "server-only";
import type { CaseKind } from "@/lib/domain/cases";
import { addDays, workingDayOnOrBefore } from "./calendar";
import { generateBank, generateCompany, generatePerson, stateBudget, type GeneratedParty } from "./demo-parties";
import { districtCourt, HIGH_COURT, PROVINCIAL_COURT } from "./office-geography";
import type { OfficePlan } from "./office-plan";
import type { Rng } from "./prng";

// What a case is about. Chủ động cases (Luật THADS Đ.36 k.2: án phí, tiền phạt, truy thu, tịch thu) are opened
// by the office itself for the State; theo yêu cầu cases (loans, damages, bank debts …) on the creditor's
// request. One judgment often yields both: the án phí is one case, the creditor's money another.
export type Profile =
  | "an_phi_hs" // criminal court fees
  | "phat_hs" // fines, with court fees and sometimes confiscation of illegal gains
  | "tich_thu" // confiscation of money used in or gained by the offence
  | "an_phi_ds" // civil, family and commercial court fees
  | "tham_nhung" // embezzlement / corruption: money to be paid back to the State, billions
  | "vay_no" // private loans
  | "boi_thuong" // damages to a victim
  | "hon_nhan" // divorce: sharing of common property, child support
  | "ngan_hang" // bank credit contracts
  | "dat_dai"; // land disputes: handing back land, no money

/** small: cases that get finished; medium: enforced but not finished; large: no conditions (bank debts, prisoners). */
export type Scale = "small" | "medium" | "large";

const PROFILE_WEIGHTS: Readonly<Record<Scale, readonly (readonly [Profile, number])[]>> = {
  small: [["an_phi_hs", 22], ["phat_hs", 18], ["tich_thu", 5], ["an_phi_ds", 22], ["vay_no", 14], ["boi_thuong", 7], ["hon_nhan", 5], ["ngan_hang", 1], ["dat_dai", 4]],
  medium: [["an_phi_hs", 8], ["phat_hs", 15], ["tich_thu", 5], ["an_phi_ds", 10], ["vay_no", 25], ["boi_thuong", 10], ["hon_nhan", 6], ["ngan_hang", 12], ["dat_dai", 2.5]],
  large: [["an_phi_hs", 10], ["phat_hs", 26], ["tich_thu", 8], ["an_phi_ds", 8], ["tham_nhung", 1], ["vay_no", 18], ["boi_thuong", 11], ["hon_nhan", 3], ["ngan_hang", 13], ["dat_dai", 0.8]],
};

const CHU_DONG: ReadonlySet<Profile> = new Set(["an_phi_hs", "phat_hs", "tich_thu", "an_phi_ds", "tham_nhung"]);

export function caseKindOf(profile: Profile): CaseKind {
  return CHU_DONG.has(profile) ? "chu_dong" : "theo_yeu_cau";
}

/** Land cases carry no money; they are kept out of outcomes defined by money (đình chỉ of the unpaid rest). */
export function pickProfile(rng: Rng, scale: Scale, allowWithoutMoney: boolean): Profile {
  const weights = PROFILE_WEIGHTS[scale].filter(([profile]) => allowWithoutMoney || profile !== "dat_dai");
  return rng.weighted(weights);
}

export interface CaseParties {
  debtor: GeneratedParty;
  creditor: GeneratedParty;
  debtorIsCompany: boolean;
}

/** Parties of a case accepted in `acceptedYear`: persons are adults by then (a 2014 case has no debtor born in 2002). */
export function generateParties(rng: Rng, office: OfficePlan, profile: Profile, acceptedYear: number, forceCompanyDebtor = false): CaseParties {
  const adultBy = acceptedYear - 18;
  const person = (bornFrom: number, bornTo: number, maleShare: number) =>
    generatePerson(rng, office, { bornFrom, bornTo: Math.min(bornTo, adultBy), gender: rng.chance(maleShare) ? "male" : "female" });
  switch (profile) {
    case "an_phi_hs":
    case "phat_hs":
    case "tich_thu":
    case "tham_nhung":
      return { debtor: person(1958, 2002, 0.86), creditor: stateBudget(office), debtorIsCompany: false };
    case "an_phi_ds": {
      const isCompany = rng.chance(0.15);
      return { debtor: isCompany ? generateCompany(rng, office) : person(1950, 1998, 0.55), creditor: stateBudget(office), debtorIsCompany: isCompany };
    }
    case "ngan_hang": {
      const isCompany = forceCompanyDebtor || rng.chance(0.15);
      return { debtor: isCompany ? generateCompany(rng, office) : person(1955, 1992, 0.65), creditor: generateBank(rng), debtorIsCompany: isCompany };
    }
    case "hon_nhan": {
      const debtor = person(1968, 1998, 0.7);
      const creditor = generatePerson(rng, office, { bornFrom: 1968, bornTo: Math.min(1998, adultBy), gender: debtor.gender === "male" ? "female" : "male" });
      return { debtor, creditor, debtorIsCompany: false };
    }
    case "vay_no":
    case "boi_thuong":
    case "dat_dai":
      return { debtor: person(1950, 1998, 0.68), creditor: person(1945, 1995, 0.55), debtorIsCompany: false };
  }
}

// Type codes as printed on judgments (bản án) and on court decisions recognising a settlement (QĐST-…).
const JUDGMENT_TYPES: Readonly<Record<Profile, readonly (readonly [string, number])[]>> = {
  an_phi_hs: [["HS-ST", 85], ["HS-PT", 15]],
  phat_hs: [["HS-ST", 85], ["HS-PT", 15]],
  tich_thu: [["HS-ST", 85], ["HS-PT", 15]],
  tham_nhung: [["HS-ST", 60], ["HS-PT", 40]],
  an_phi_ds: [["DS-ST", 35], ["HNGĐ-ST", 25], ["KDTM-ST", 10], ["QĐST-DS", 20], ["DS-PT", 10]],
  vay_no: [["DS-ST", 55], ["QĐST-DS", 35], ["DS-PT", 10]],
  boi_thuong: [["HS-ST", 60], ["DS-ST", 30], ["HS-PT", 10]],
  hon_nhan: [["HNGĐ-ST", 50], ["QĐST-HNGĐ", 45], ["HNGĐ-PT", 5]],
  ngan_hang: [["KDTM-ST", 50], ["QĐST-KDTM", 30], ["DS-ST", 15], ["KDTM-PT", 5]],
  dat_dai: [["DS-ST", 70], ["DS-PT", 30]],
};

// How many judgments of a type a district court issues in a year, to keep the numbers plausible.
const YEARLY_VOLUME: Readonly<Record<string, number>> = {
  "HS-ST": 180, "DS-ST": 90, "KDTM-ST": 30, "HNGĐ-ST": 120, "QĐST-DS": 150, "QĐST-HNGĐ": 400, "QĐST-KDTM": 40,
};

export interface Judgment {
  type: string;
  number: string;
  date: string;
  court: string;
}

export function generateJudgment(rng: Rng, office: OfficePlan, profile: Profile, decisionDate: string, debtorIsCompany: boolean): Judgment {
  const type = profile === "an_phi_ds" && debtorIsCompany ? "KDTM-ST" : rng.weighted(JUDGMENT_TYPES[profile]);
  const isAppeal = type.endsWith("-PT");
  // Chủ động decisions follow the judgment within weeks (Đ.36 k.2); creditors may file up to five years later (Đ.30).
  const gap = caseKindOf(profile) === "chu_dong"
    ? rng.int(isAppeal ? 20 : 30, isAppeal ? 90 : 150)
    : rng.chance(0.85) ? rng.int(30, 400) : rng.int(400, 1400);
  const date = workingDayOnOrBefore(addDays(decisionDate, -gap));
  let court: string;
  if (profile === "tham_nhung") court = isAppeal ? HIGH_COURT : PROVINCIAL_COURT;
  else court = isAppeal ? PROVINCIAL_COURT : districtCourt(office.slug, office.districtName, date);
  const volume = isAppeal ? 250 : YEARLY_VOLUME[type] ?? 100;
  const number = `${String(rng.int(1, volume)).padStart(2, "0")}/${date.slice(0, 4)}/${type}`;
  return { type, number, date, court };
}
