// Official documents write amounts in words as well as in figures ("Bằng chữ: …", domain §6.3), so that a
// figure cannot be altered unnoticed. Vietnamese reading rules: groups of three digits; inside a group after
// the first, hundreds are always read ("không trăm"), a zero ten is read "linh"; 1 after a ten ≥ 20 is
// "mốt", 4 after a ten ≥ 20 is "tư", 5 after any ten is "lăm"; 10⁹ is "tỷ" and larger amounts count in tỷ.

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

function digit(value: number): string {
  return DIGITS[value] ?? "";
}

function unitsWord(units: number, tens: number): string {
  if (units === 1 && tens >= 2) return "mốt";
  if (units === 4 && tens >= 2) return "tư";
  if (units === 5 && tens >= 1) return "lăm";
  return digit(units);
}

/** One group of three digits; `isFull` reads its hundreds even when zero (any group after the first). */
function readGroup(group: number, isFull: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const hasHundreds = isFull || hundreds > 0;
  if (hasHundreds) words.push(digit(hundreds), "trăm");
  if (tens === 0) {
    if (units > 0 && hasHundreds) words.push("linh");
  } else if (tens === 1) {
    words.push("mười");
  } else {
    words.push(digit(tens), "mươi");
  }
  if (units > 0) words.push(unitsWord(units, tens));
  return words;
}

/** 0 < value < 10⁹, as triệu / nghìn / units groups. */
function readBelowBillion(value: number, isLeading: boolean): string[] {
  const groups: [number, string][] = [
    [Math.floor(value / 1_000_000), "triệu"],
    [Math.floor(value / 1_000) % 1_000, "nghìn"],
    [value % 1_000, ""],
  ];
  const words: string[] = [];
  for (const [group, unit] of groups) {
    if (group === 0) continue;
    const isFull = !isLeading || words.length > 0;
    words.push(...readGroup(group, isFull));
    if (unit) words.push(unit);
  }
  return words;
}

function readNumber(value: number, isLeading: boolean): string[] {
  if (value < 1_000_000_000) return readBelowBillion(value, isLeading);
  const billions = Math.floor(value / 1_000_000_000);
  const rest = value % 1_000_000_000;
  return [...readNumber(billions, isLeading), "tỷ", ...(rest > 0 ? readBelowBillion(rest, false) : [])];
}

/** `1529000000` → `Một tỷ năm trăm hai mươi chín triệu đồng`. Integer đồng only. */
export function amountInWordsVi(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Số tiền không hợp lệ: ${amount}`);
  const words = amount === 0 ? ["không"] : readNumber(amount, true);
  const text = `${words.join(" ")} đồng`;
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
