// Search ignores case and Vietnamese diacritics: officers type "nguyen van hung" on a phone keyboard as often
// as "Nguyễn Văn Hùng". đ/Đ is a separate letter in Unicode (not a combining mark), so it is mapped by hand.
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
