import { formatVnd } from "@/lib/domain/money";
import { ASSET_TYPE_LABELS } from "@/lib/domain/records/labels";
import type { FoundAsset } from "@/lib/domain/records/verification-assets";
import { type PrintPhoto, PrintPhotos } from "./print-photos";

/** The registry identifiers a later kê biên needs to name the asset unambiguously. */
export function assetIdentifiersVi(asset: FoundAsset): string | null {
  const parts: string[] = [];
  switch (asset.type) {
    case "land":
    case "house": {
      const { parcelNumber, mapSheet, certificateNumber } = asset.identifiers;
      if (parcelNumber && mapSheet) parts.push(`Thửa đất số ${parcelNumber}, tờ bản đồ số ${mapSheet}`);
      if (certificateNumber) parts.push(`Giấy chứng nhận số ${certificateNumber}`);
      break;
    }
    case "vehicle": {
      const { plate, frameNumber, engineNumber } = asset.identifiers;
      if (plate) parts.push(`Biển số ${plate}`);
      if (frameNumber) parts.push(`số khung ${frameNumber}`);
      if (engineNumber) parts.push(`số máy ${engineNumber}`);
      break;
    }
    case "deposit":
      parts.push(`Tài khoản số ${asset.identifiers.accountNumber} tại ${asset.identifiers.bank}`);
      break;
    default:
      break;
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

function legalStatusVi(asset: FoundAsset): string {
  const parts: string[] = [];
  if (asset.encumbrances) parts.push(asset.encumbrances);
  if (asset.coOwners.length > 0) parts.push(`Đồng sở hữu: ${asset.coOwners.join(", ")}`);
  return parts.length > 0 ? parts.join(". ") : "Không ghi nhận";
}

function AssetRow({ asset, index }: { asset: FoundAsset; index: number }) {
  const identifiers = assetIdentifiersVi(asset);
  return (
    <tr>
      <td className="bb-num">{index + 1}</td>
      <td>
        <span className="bb-bold">{ASSET_TYPE_LABELS[asset.type].vi}</span>: {asset.description}
        {identifiers && <div>{identifiers}</div>}
      </td>
      <td>{legalStatusVi(asset)}</td>
      <td>{asset.condition ?? ""}</td>
      <td className="bb-num">{asset.estimatedValue === undefined ? "Chưa xác định" : formatVnd(asset.estimatedValue)}</td>
    </tr>
  );
}

/** The assets found, with identifiers, encumbrances, co-owners, estimated value and condition, then photos. */
export function VerificationAssetsTable({
  assets,
  imageUrl,
}: {
  assets: readonly FoundAsset[];
  imageUrl(sha256: string): string | undefined;
}) {
  if (assets.length === 0) return <p>Không phát hiện tài sản của người phải thi hành án.</p>;
  const photos: PrintPhoto[] = assets.flatMap((asset, index) =>
    asset.photoSha256s.map((sha256, photoIndex) => ({ sha256, caption: `Tài sản ${index + 1} – ảnh ${photoIndex + 1}` })),
  );
  return (
    <>
      <table className="bb-table">
        <thead>
          <tr>
            <th style={{ width: "7%" }}>STT</th>
            <th>Tài sản, số hiệu</th>
            <th style={{ width: "24%" }}>Thế chấp, đồng sở hữu</th>
            <th style={{ width: "16%" }}>Hiện trạng</th>
            <th style={{ width: "18%" }}>Giá trị ước tính</th>
          </tr>
        </thead>
        <tbody>
          {assets.map((asset, index) => (
            <AssetRow key={index} asset={asset} index={index} />
          ))}
        </tbody>
      </table>
      <PrintPhotos photos={photos} imageUrl={imageUrl} />
    </>
  );
}
