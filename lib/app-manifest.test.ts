import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { APP_ICONS, APPLE_TOUCH_ICON, appManifest } from "./app-manifest";

// The width and height of a PNG, from its IHDR chunk (bytes 16–23), after checking the signature.
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(path.join(process.cwd(), "public", file));
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every icon the manifest declares is a committed PNG of exactly the declared size", () => {
  for (const icon of [...APP_ICONS, APPLE_TOUCH_ICON]) {
    expect(pngSize(icon.src), icon.src).toEqual({ width: icon.size, height: icon.size });
  }
});

test("the manifest meets the install criteria: Vietnamese name, standalone, 192 and 512 icons, maskable ones too", () => {
  const manifest = appManifest();
  expect(manifest).toMatchObject({ name: "Tác nghiệp THADS", lang: "vi", display: "standalone", start_url: "/", scope: "/", id: "/" });
  expect(manifest.short_name?.length).toBeLessThanOrEqual(12); // launchers cut longer names
  for (const size of ["192x192", "512x512"]) {
    expect(manifest.icons?.some((icon) => icon.sizes === size && icon.purpose === "maskable")).toBe(true);
    expect(manifest.icons?.some((icon) => icon.sizes === size && icon.purpose === "any")).toBe(true);
  }
  expect(manifest.shortcuts?.map((shortcut) => [shortcut.name, shortcut.url])).toEqual([
    ["Hồ sơ của tôi", "/"],
    ["Chờ gửi", "/outbox"],
  ]);
});
