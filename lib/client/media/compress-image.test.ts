import { expect, test } from "vitest";
import { fitWithin, MAX_IMAGE_EDGE_PX } from "./compress-image";

test("a large photo is scaled so its long side is 1600 px, keeping its proportions", () => {
  expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
  expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  expect(fitWithin(4032, 1816)).toEqual({ width: MAX_IMAGE_EDGE_PX, height: 721 });
});

test("a small image is never enlarged", () => {
  expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
  expect(fitWithin(1, 5000)).toEqual({ width: 1, height: 1600 });
});
