import "server-only";
import type { Address } from "@/lib/domain/addresses";
import type { IdentityNumber } from "@/lib/domain/ids";
import type { Party } from "@/lib/domain/parties";
import { communesOf } from "./office-geography";
import type { OfficePlan } from "./office-plan";
import type { Rng } from "./prng";
import { generateCompanyName, generatePersonName, honorific, type Gender } from "./vietnamese-names";

/** A party plus how the judgment's wording refers to it ("bà Phạm Thị Lan", "Ngân hàng BIDV"). */
export interface GeneratedParty {
  party: Party;
  label: string;
}

// Hải Dương merged into Hải Phòng on 1/7/2025 (Nghị quyết 202/2025/QH15 [M]). The commune kept here is the
// pre-merger one: the 2025 commune mergers are not mapped yet [?], so no communeCode is claimed.
const CURRENT_PROVINCE = "thành phố Hải Phòng";
const HAMLETS = ["Đông", "Đoài", "Trung", "Thượng", "Hạ", "Bắc", "Nam", "Tây", "Nội", "Ngoại"];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function generateAddress(rng: Rng, office: OfficePlan): Address {
  const commune = rng.pick(communesOf(office.slug));
  const tail = `${commune.name}, ${office.districtName}, tỉnh Hải Dương`;
  if (commune.streets && rng.chance(0.6)) {
    const street = `Số ${rng.int(1, 260)} ${rng.pick(commune.streets)}`;
    return { asWritten: `${street}, ${tail}`, normalized: { street, commune: commune.name, province: CURRENT_PROVINCE } };
  }
  // Wards and towns are divided into khu (residential areas), rural communes into thôn (villages).
  const hamlet = commune.name.startsWith("xã") ? `thôn ${rng.pick(HAMLETS)}` : `khu ${rng.int(1, 12)}`;
  return { asWritten: `${capitalize(hamlet)}, ${tail}`, normalized: { hamlet, commune: commune.name, province: CURRENT_PROVINCE } };
}

function digits(rng: Rng, count: number): string {
  let out = "";
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}

// Số định danh (domain §6.1): 030 = Hải Dương, then the gender-and-century digit (0 male 19xx, 1 female 19xx,
// 2 male 20xx, 3 female 20xx), the two-digit birth year and six random digits. Older people often appear on
// judgments with their 9-digit CMND, whose Hải Dương (formerly Hải Hưng) numbers start with 14 [M].
function generateIdentity(rng: Rng, gender: Gender, birthYear: number): IdentityNumber | undefined {
  if (rng.chance(0.03)) return undefined; // the judgment gives no document number
  if (rng.chance(birthYear < 1975 ? 0.4 : 0.08)) return { kind: "cmnd", number: `14${digits(rng, 7)}` };
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (gender === "female" ? 1 : 0);
  return { kind: "dinh_danh", number: `030${centuryDigit}${String(birthYear % 100).padStart(2, "0")}${digits(rng, 6)}` };
}

export interface PersonOptions {
  gender?: Gender;
  bornFrom: number;
  bornTo: number;
}

export function generatePerson(rng: Rng, office: OfficePlan, options: PersonOptions): GeneratedParty & { gender: Gender } {
  const gender = options.gender ?? (rng.chance(0.7) ? "male" : "female");
  const fullName = generatePersonName(rng, gender);
  const birthYear = rng.int(options.bornFrom, options.bornTo);
  const dateOfBirth = `${birthYear}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const identity = generateIdentity(rng, gender, birthYear);
  const party: Party = {
    type: "person",
    fullName,
    dateOfBirth,
    ...(identity ? { identity } : {}),
    address: generateAddress(rng, office),
  };
  return { party, label: `${honorific(gender)} ${fullName}`, gender };
}

export function generateCompany(rng: Rng, office: OfficePlan): GeneratedParty {
  const name = generateCompanyName(rng);
  // Enterprise codes issued in Hải Dương start with 080 [M]; 10 digits = the head office's tax code.
  const party: Party = {
    type: "organization",
    name,
    enterpriseCode: `080${digits(rng, 7)}`,
    legalRepresentative: generatePersonName(rng, rng.chance(0.8) ? "male" : "female"),
    address: generateAddress(rng, office),
  };
  return { party, label: name };
}

// Creditor banks with their head offices' tax codes and addresses as remembered [M]; a judgment names the
// bank (the legal entity), the branch only acts for it.
const BANKS: readonly { name: string; short: string; code: string; address: string }[] = [
  { name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", short: "Agribank", code: "0100686174", address: "Số 2 Láng Hạ, phường Thành Công, quận Ba Đình, thành phố Hà Nội" },
  { name: "Ngân hàng thương mại cổ phần Đầu tư và Phát triển Việt Nam", short: "BIDV", code: "0100150619", address: "Số 35 Hàng Vôi, phường Lý Thái Tổ, quận Hoàn Kiếm, thành phố Hà Nội" },
  { name: "Ngân hàng thương mại cổ phần Ngoại thương Việt Nam", short: "Vietcombank", code: "0100112437", address: "Số 198 Trần Quang Khải, phường Lý Thái Tổ, quận Hoàn Kiếm, thành phố Hà Nội" },
  { name: "Ngân hàng thương mại cổ phần Công Thương Việt Nam", short: "VietinBank", code: "0100111948", address: "Số 108 Trần Hưng Đạo, phường Cửa Nam, quận Hoàn Kiếm, thành phố Hà Nội" },
  { name: "Ngân hàng thương mại cổ phần Việt Nam Thịnh Vượng", short: "VPBank", code: "0100233583", address: "Số 89 Láng Hạ, phường Láng Hạ, quận Đống Đa, thành phố Hà Nội" },
  { name: "Ngân hàng thương mại cổ phần Kỹ thương Việt Nam", short: "Techcombank", code: "0100230800", address: "Số 191 Bà Triệu, phường Lê Đại Hành, quận Hai Bà Trưng, thành phố Hà Nội" },
];

export function generateBank(rng: Rng): GeneratedParty {
  const bank = rng.weighted(BANKS.map((b, index) => [b, index < 2 ? 3 : 1] as const));
  const party: Party = { type: "organization", name: bank.name, enterpriseCode: bank.code, address: { asWritten: bank.address } };
  return { party, label: `${bank.name} (${bank.short})` };
}

// In chủ động cases (án phí, tiền phạt, truy thu, tịch thu) the creditor is the State: the money is paid into
// the State budget at the district treasury.
export function stateBudget(office: OfficePlan): GeneratedParty {
  const party: Party = {
    type: "organization",
    name: "Ngân sách Nhà nước",
    address: { asWritten: `Kho bạc Nhà nước ${office.districtName}, tỉnh Hải Dương` },
  };
  return { party, label: "Ngân sách Nhà nước" };
}

