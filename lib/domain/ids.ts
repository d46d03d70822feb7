import { z } from "./z";

// Số định danh cá nhân (12 digits): 3-digit province/country code + 1 gender-and-century digit + 2-digit birth
// year + 6 random digits (NĐ 137/2015, TT 07/2016/TT-BCA). There is no check digit, so only the format and
// the plausibility of the parts can be checked.
const PERSONAL_ID_12 = /^\d{12}$/;
// CMND (legacy People's ID): 9 digits; invalid since 31/12/2024 (Luật Căn cước 2023) but still written on
// judgments and older records, so it is kept as an alias.
const LEGACY_ID_9 = /^\d{9}$/;

export function isPlausiblePersonalId(value: string): boolean {
  if (!PERSONAL_ID_12.test(value)) return false;
  const provinceCode = Number(value.slice(0, 3));
  // Province codes run 001–096 for Vietnam; foreign-born registrations use other ranges, so only 000 is impossible.
  return provinceCode > 0;
}

export const PersonalIdSchema = z
  .string({ error: "Số định danh cá nhân phải là chuỗi số" })
  .trim()
  .refine(isPlausiblePersonalId, { error: "Số định danh cá nhân phải gồm đúng 12 chữ số (ví dụ 030085001234)" });

export const LegacyIdSchema = z
  .string({ error: "Số CMND phải là chuỗi số" })
  .trim()
  .regex(LEGACY_ID_9, { error: "Số CMND cũ phải gồm đúng 9 chữ số" });

/** A person's identity document: the 12-digit personal ID or, for old documents, the 9-digit CMND. */
export const IdentityNumberSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("dinh_danh"), number: PersonalIdSchema }).strict(),
  z.object({ kind: z.literal("cmnd"), number: LegacyIdSchema }).strict(),
]);
export type IdentityNumber = z.infer<typeof IdentityNumberSchema>;

// Mã số doanh nghiệp = tax code: 10 digits, or 13 for a branch written "0101234567-001".
export const EnterpriseCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{10}(-\d{3})?$/, { error: "Mã số doanh nghiệp phải gồm 10 chữ số (chi nhánh: 10 chữ số-3 chữ số)" });

export const UuidSchema = z.uuid({ error: "Mã định danh (UUID) không hợp lệ" });

/** UUIDv7 made by the device (RFC 9562 §5.7). Its time bits are never trusted for ordering or legal time. */
export const UuidV7Schema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, {
    error: "Mã bản ghi phải là UUID phiên bản 7",
  });

export const Sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: "Mã băm SHA-256 phải gồm 64 ký tự hex thường" });
