// Writes the app icons into public/icons (committed; run again only when the emblem changes):
//   node scripts/generate-icons.mjs
// 192 and 512 px in both purposes the install criteria ask for, and the 180 px icon iOS puts on the Home Screen.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drawEmblem } from "./icons/emblem.mjs";
import { encodePng } from "./icons/png.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "public/icons");

const ICONS = [
  { file: "icon-192.png", size: 192, purpose: "any" },
  { file: "icon-512.png", size: 512, purpose: "any" },
  { file: "maskable-192.png", size: 192, purpose: "maskable" },
  { file: "maskable-512.png", size: 512, purpose: "maskable" },
  // iOS masks the Home Screen icon itself and shows transparency as black: full-bleed, like a maskable one.
  { file: "apple-touch-icon.png", size: 180, purpose: "maskable" },
];

fs.mkdirSync(outDir, { recursive: true });
for (const { file, size, purpose } of ICONS) {
  const png = encodePng(size, size, drawEmblem(size, purpose));
  fs.writeFileSync(path.join(outDir, file), png);
  console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
}
