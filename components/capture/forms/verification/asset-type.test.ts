import { expect, test } from "vitest";
import { FoundAssetSchema } from "@/lib/domain/records/verification-assets";
import { newFoundAsset, withAssetType } from "./asset-type";

const land = { type: "land", identifiers: { parcelNumber: "125", mapSheet: "12" }, description: "Đất ở 120 m²", coOwners: ["Lê Thị Hoa"], photoSha256s: [] };

test("land and house share the certificate identifiers", () => {
  expect(withAssetType(land, "house")).toEqual({ ...land, type: "house" });
});

test("another kind of asset drops identifiers that do not belong to it and keeps the rest", () => {
  expect(withAssetType(land, "vehicle")).toEqual({ ...land, type: "vehicle", identifiers: {} });
  const other = withAssetType(land, "receivable");
  expect(other).not.toHaveProperty("identifiers");
  expect(other).toMatchObject({ type: "receivable", description: "Đất ở 120 m²", coOwners: ["Lê Thị Hoa"] });
  expect(withAssetType(other, "deposit")).toMatchObject({ type: "deposit", identifiers: {} });
});

test("every switch of a described asset still fits the schema once identifiers are filled", () => {
  const described = { ...newFoundAsset(), description: "Tài sản" };
  expect(FoundAssetSchema.safeParse(withAssetType(described, "house")).success).toBe(true);
  expect(FoundAssetSchema.safeParse(withAssetType(described, "vehicle")).success).toBe(true);
  expect(FoundAssetSchema.safeParse(withAssetType(described, "other")).success).toBe(true);
  const deposit = withAssetType(described, "deposit");
  expect(FoundAssetSchema.safeParse({ ...deposit, identifiers: { bank: "Agribank", accountNumber: "2406205123456" } }).success).toBe(true);
});
