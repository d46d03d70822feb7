import { z } from "./z";

// Since 1/7/2025 local government has two levels (province → xã/phường/đặc khu). Judgments and land
// certificates written before use three (xã – huyện – tỉnh). Keep the address exactly as written in the source
// document, plus a normalised current form with the administrative-unit code when it is known (domain §6.2).
export const NormalizedAddressSchema = z
  .object({
    street: z.string().trim().max(200).optional(), // số nhà, ngõ/hẻm, đường
    hamlet: z.string().trim().max(120).optional(), // thôn / ấp / tổ dân phố
    commune: z.string().trim().min(1, { error: "Thiếu xã/phường" }).max(120),
    communeCode: z.string().regex(/^\d{5}$/, { error: "Mã đơn vị hành chính cấp xã gồm 5 chữ số" }).optional(),
    province: z.string().trim().min(1, { error: "Thiếu tỉnh/thành phố" }).max(120),
  })
  .strict();
export type NormalizedAddress = z.infer<typeof NormalizedAddressSchema>;

export const AddressSchema = z
  .object({
    asWritten: z.string().trim().min(3, { error: "Địa chỉ ghi trong văn bản quá ngắn" }).max(500),
    normalized: NormalizedAddressSchema.optional(),
  })
  .strict();
export type Address = z.infer<typeof AddressSchema>;
