import { Sha256HexSchema } from "../ids";
import { MoneySchema } from "../money-schema";
import { z } from "../z";
import type { AttachmentUse } from "./participants";

// What the CHV finds during xác minh (Luật THADS Đ.44 k.4; NĐ 62 Đ.9 k.1; NĐ 152/2026 Đ.21 k.1): each asset
// with the identifiers the registration bodies use, so that a later kê biên can name it unambiguously.
export const AssetTypeSchema = z.enum(["land", "house", "vehicle", "deposit", "receivable", "income", "other"]);
export type AssetType = z.infer<typeof AssetTypeSchema>;

const ShortText = z.string().trim().min(1).max(60);

// A parcel is identified by (tờ bản đồ số, thửa đất số) within a commune: a parcel number is meaningless
// without its map sheet. Land without a certificate (NĐ 152/2026 Đ.21 k.3) may have neither.
export const LandIdentifiersSchema = z
  .object({
    parcelNumber: ShortText.optional(), // thửa đất số
    mapSheet: ShortText.optional(), // tờ bản đồ số
    certificateNumber: ShortText.optional(), // số phát hành / số vào sổ GCN
  })
  .strict()
  .superRefine((ids, ctx) => {
    if (ids.parcelNumber !== undefined && ids.mapSheet === undefined) {
      ctx.addIssue({ code: "custom", path: ["mapSheet"], message: "Có số thửa thì phải ghi số tờ bản đồ" });
    }
    if (ids.mapSheet !== undefined && ids.parcelNumber === undefined) {
      ctx.addIssue({ code: "custom", path: ["parcelNumber"], message: "Có số tờ bản đồ thì phải ghi số thửa" });
    }
  });

export const VehicleIdentifiersSchema = z
  .object({
    plate: z.string().trim().toUpperCase().max(20).optional(), // unregistered machinery has none
    frameNumber: ShortText.optional(), // số khung
    engineNumber: ShortText.optional(), // số máy
  })
  .strict();

export const DepositIdentifiersSchema = z
  .object({
    bank: z.string().trim().min(2, { error: "Thiếu tên ngân hàng / tổ chức tín dụng" }).max(200),
    accountNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{4,30}$/, { error: "Số tài khoản chỉ gồm chữ và số, không dấu cách (4–30 ký tự)" }),
  })
  .strict();

const assetCommon = {
  description: z.string().trim().min(2, { error: "Thiếu mô tả tài sản" }).max(2000),
  encumbrances: z.string().trim().max(1000).optional(), // thế chấp, cầm cố, đang tranh chấp …
  coOwners: z.array(z.string().trim().min(2).max(200)).max(20), // đồng sở hữu, e.g. the spouse
  estimatedValue: MoneySchema.optional(),
  condition: z.string().trim().max(1000).optional(),
  photoSha256s: z.array(Sha256HexSchema).max(20),
};

export const FoundAssetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("land"), identifiers: LandIdentifiersSchema, ...assetCommon }).strict(),
  // A house is registered on the same certificate as its land (GCN quyền sử dụng đất, quyền sở hữu nhà ở).
  z.object({ type: z.literal("house"), identifiers: LandIdentifiersSchema, ...assetCommon }).strict(),
  z.object({ type: z.literal("vehicle"), identifiers: VehicleIdentifiersSchema, ...assetCommon }).strict(),
  z.object({ type: z.literal("deposit"), identifiers: DepositIdentifiersSchema, ...assetCommon }).strict(),
  z.object({ type: z.enum(["receivable", "income", "other"]), ...assetCommon }).strict(),
]);
export type FoundAsset = z.infer<typeof FoundAssetSchema>;

export const IncomePeriodicitySchema = z.enum(["monthly", "quarterly", "yearly", "irregular"]);

export const IncomeSchema = z
  .object({
    amount: MoneySchema.refine((amount) => amount > 0, { error: "Thu nhập phải lớn hơn 0" }),
    payer: z.string().trim().min(2, { error: "Thiếu nơi chi trả thu nhập" }).max(200),
    periodicity: IncomePeriodicitySchema,
  })
  .strict();
export type Income = z.infer<typeof IncomeSchema>;

export function assetAttachmentUses(assets: readonly FoundAsset[]): AttachmentUse[] {
  return assets.flatMap((asset, index) =>
    asset.photoSha256s.map((sha256, photoIndex): AttachmentUse => ({
      path: ["assets", index, "photoSha256s", photoIndex],
      sha256,
      kind: "photo",
    })),
  );
}
