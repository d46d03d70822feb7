import "server-only";

// The demo reproduces the real provincial report of Cục THADS tỉnh Hải Dương for report year 2021
// (domain §2.3, "Worked check"): 9,334 cases phải thi hành, 7,581 có điều kiện, 6,367 xong + đình chỉ
// (83.99%), money rate 44.26% on about 470 tỷ with conditions, about 1,529 tỷ phải thi hành, and three
// units below the money target. The split over the 12 Chi cục is not published; the figures below are
// invented to be plausible: the provincial capital largest; case rates 78–89%, money rates 35–54%; Chí Linh
// (sealed off for Covid-19 from 28/1/2021), Kinh Môn and Thanh Miện the three units below the money target.

export const PROVINCE = {
  code: "HD",
  name: "Cục Thi hành án dân sự tỉnh Hải Dương",
  /** Targets of 2021 derived from the report: 83.99% is 1.49 points above → 82.50%; 44.26% is 4.16 above → 40.10%. */
  caseRateBp: 8250,
  moneyRateBp: 4010,
  casesToEnforce: 9334,
  casesWithConditions: 7581,
  casesFinished: 6367,
  moneyRateBpReported: 4426,
  /** Money phải thi hành, đồng ("khoảng 1.529 tỷ"): one large chưa có điều kiện case absorbs the difference. */
  moneyToEnforce: 1_529_186_735_500,
} as const;

export interface OfficePlan {
  /** Key of ids and usernames: chv.tphd, cct.tphd. */
  slug: string;
  code: string;
  name: string;
  /** The district-level unit as written in addresses and court names before 2025. */
  districtName: string;
  officerCount: number;
  casesToEnforce: number;
  casesWithConditions: number;
  casesFinished: number;
  /** Ủy thác đi during the year: counted as accepted but deducted from phải thi hành. */
  casesTransferredOut: number;
  /** Ended during report year 2020: not carried over, so not counted at all in 2021. */
  casesEndedBefore: number;
  /** Money with conditions as of 30/9/2021, đồng; one large bank-debt case per office absorbs the difference. */
  moneyWithConditions: number;
  /** Money rate aimed at; the provincial office absorbs rounding so the province lands on exactly 44.26%. */
  moneyRateBp: number;
}

function office(
  slug: string,
  districtName: string,
  officerCount: number,
  [casesToEnforce, casesWithConditions, casesFinished, casesTransferredOut, casesEndedBefore]: readonly [number, number, number, number, number],
  moneyWithConditions: number,
  moneyRateBp: number,
): OfficePlan {
  return {
    slug,
    code: `HD.${slug.toUpperCase()}`,
    name: `Chi cục Thi hành án dân sự ${districtName}`,
    districtName,
    officerCount,
    casesToEnforce,
    casesWithConditions,
    casesFinished,
    casesTransferredOut,
    casesEndedBefore,
    moneyWithConditions,
    moneyRateBp,
  };
}

//      slug          district                  CHV  [phải TH, có ĐK, xong+ĐC, ủy thác đi, ended 2020]  money có ĐK       rate
export const OFFICE_PLANS: readonly OfficePlan[] = [
  office("tphd", "thành phố Hải Dương", 6, [1650, 1330, 1130, 17, 28], 106_731_380_000, 4680),
  office("chilinh", "thành phố Chí Linh", 5, [1024, 803, 639, 11, 16], 51_909_750_000, 3720),
  office("kinhmon", "thị xã Kinh Môn", 4, [880, 717, 589, 10, 14], 43_941_590_000, 3920),
  office("binhgiang", "huyện Bình Giang", 3, [580, 487, 429, 6, 9], 19_788_230_000, 5350),
  office("camgiang", "huyện Cẩm Giàng", 4, [760, 626, 535, 8, 12], 33_093_920_000, 4580),
  office("gialoc", "huyện Gia Lộc", 3, [640, 531, 462, 7, 10], 33_204_110_000, 4790),
  office("kimthanh", "huyện Kim Thành", 3, [620, 496, 412, 7, 10], 27_189_640_000, 4420),
  office("namsach", "huyện Nam Sách", 3, [580, 476, 423, 6, 9], 24_149_660_000, 5240),
  office("ninhgiang", "huyện Ninh Giang", 3, [640, 506, 425, 7, 10], 32_940_730_000, 4310),
  office("thanhha", "huyện Thanh Hà", 4, [680, 554, 469, 7, 11], 32_348_050_000, 4690),
  office("thanhmien", "huyện Thanh Miện", 3, [560, 465, 364, 6, 9], 34_415_680_000, 3580),
  office("tuky", "huyện Tứ Kỳ", 4, [720, 590, 490, 8, 12], 30_454_500_000, 4470),
];

/** Money done per office code, đồng: each office's rate, with the first office absorbing the province's rounding. */
export function plannedMoneyDone(): Map<string, number> {
  const totalWithConditions = OFFICE_PLANS.reduce((sum, plan) => sum + plan.moneyWithConditions, 0);
  // Exact in doubles: 4.7·10^11 × 4,426 ≈ 2·10^15 < 2^53.
  const provinceDone = Math.round((totalWithConditions * PROVINCE.moneyRateBpReported) / 10_000);
  const done = new Map<string, number>();
  for (const plan of OFFICE_PLANS.slice(1)) {
    done.set(plan.code, Math.round((plan.moneyWithConditions * plan.moneyRateBp) / 10_000));
  }
  const first = OFFICE_PLANS[0];
  if (first === undefined) throw new Error("No office planned");
  const othersDone = [...done.values()].reduce((sum, amount) => sum + amount, 0);
  done.set(first.code, provinceDone - othersDone);
  return done;
}

/** The plan must add up to the report; fail loudly at generation rather than seed wrong figures. */
export function assertPlanMatchesReport(): void {
  const sum = (pick: (plan: OfficePlan) => number) => OFFICE_PLANS.reduce((total, plan) => total + pick(plan), 0);
  const checks: [string, number, number][] = [
    ["phải thi hành", sum((p) => p.casesToEnforce), PROVINCE.casesToEnforce],
    ["có điều kiện", sum((p) => p.casesWithConditions), PROVINCE.casesWithConditions],
    ["thi hành xong + đình chỉ", sum((p) => p.casesFinished), PROVINCE.casesFinished],
  ];
  for (const [label, planned, reported] of checks) {
    if (planned !== reported) throw new Error(`Office plan: ${label} adds up to ${planned}, the report says ${reported}`);
  }
}
