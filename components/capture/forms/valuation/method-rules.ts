import { isRecord } from "../../form-kit/draft-path";

// Switching the valuation method (valuation-method.ts) and reading the price it arrived at, on a draft
// whose fields may still be missing.

const FIRM_METHODS: readonly unknown[] = ["thoa_thuan_to_chuc", "to_chuc_do_chv_chon"];

export function newCouncilMember(): Record<string, unknown> {
  return { isChair: false };
}

/** NĐ 152/2026 Đ.60 k.3: ≥ 3 members chaired by the CHV — the officer is prefilled as chair. */
function newCouncil(officerName: string): Record<string, unknown> {
  const chair = officerName.trim() === "" ? { isChair: true } : { fullName: officerName, title: "Chấp hành viên", isChair: true };
  return { members: [chair, newCouncilMember(), newCouncilMember()] };
}

/** The method block for a newly chosen method; the two firm methods share the firm's details. */
export function withMethod(current: unknown, method: string, officerName: string): Record<string, unknown> {
  const previous = isRecord(current) ? current : {};
  if (FIRM_METHODS.includes(method)) {
    const firm = FIRM_METHODS.includes(previous.method) && isRecord(previous.firm) ? previous.firm : {};
    return { method, firm };
  }
  if (method === "hoi_dong") return { method, council: newCouncil(officerName) };
  return { method };
}

function amount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** The agreed, appraised, council or officer price of a method draft (determinedPrice for drafts). */
export function determinedPriceOf(method: unknown): number | undefined {
  if (!isRecord(method)) return undefined;
  switch (method.method) {
    case "thoa_thuan_gia":
      return amount(method.agreedPrice);
    case "thoa_thuan_to_chuc":
    case "to_chuc_do_chv_chon":
      return isRecord(method.firm) ? amount(method.firm.value) : undefined;
    case "hoi_dong":
      return isRecord(method.council) ? amount(method.council.resultPrice) : undefined;
    case "chv_tu_xac_dinh":
      return amount(method.price);
    default:
      return undefined;
  }
}

/** Exactly one chair: the chosen member, every other member not. */
export function withChair(members: unknown, chairIndex: number): Record<string, unknown>[] {
  if (!Array.isArray(members)) return [];
  return members.map((member, index) => ({ ...(isRecord(member) ? member : {}), isChair: index === chairIndex }));
}
