import "server-only";

// Field officers type names without diacritics on a phone keyboard, so the search column is stored folded:
// lower case, combining marks removed, and đ → d (đ is a separate letter, not d plus a mark, so NFD keeps it).
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
