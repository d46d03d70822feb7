// Money is typed as integer đồng with Vietnamese grouping dots (`1.529.000.000`) and stored as a number.

const MAX_DIGITS = 15; // 10^15 − 1 đồng < Number.MAX_SAFE_INTEGER; national totals never sit in one field

/** `1529000000` → `1.529.000.000`. */
export function formatMoneyInput(amount: unknown): string {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0) return "";
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * What was typed → integer đồng. Only digits count (dots, spaces, "đ" are decoration); a decimal comma and
 * what follows it are dropped because VND has no minor unit. Empty → undefined; too long → null (refuse).
 */
export function parseMoneyInput(text: string): number | undefined | null {
  const whole = text.split(",")[0] ?? "";
  const digits = whole.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
  if (digits === "") return undefined;
  if (digits.length > MAX_DIGITS) return null;
  return Number(digits);
}

/** How many digits stand before the caret: the caret is put back after as many digits once reformatted. */
export function digitsBefore(text: string, caret: number): number {
  return text.slice(0, caret).replace(/\D/g, "").length;
}

/** The caret position in `formatted` right after its `digits`-th digit. */
export function caretAfterDigits(formatted: string, digits: number): number {
  if (digits <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i += 1) {
    if (/\d/.test(formatted.charAt(i))) seen += 1;
    if (seen === digits) return i + 1;
  }
  return formatted.length;
}
