import { expect, test } from "vitest";
import { z } from "@/lib/domain/z";
import { parseInSlices } from "./parse-in-slices";

const Item = z.object({ n: z.number().int() }).strict();

test("parses every item, in order, and gives the event loop back between slices", async () => {
  const items = Array.from({ length: 25 }, (_, n) => ({ n }));
  const ticks: number[] = [];
  let parsedBeforeTick = 0;
  const checked = Item.safeParse.bind(Item);
  const counting = { ...Item, safeParse: (value: unknown) => ((parsedBeforeTick += 1), checked(value)) } as unknown as typeof Item;
  // A timer queued before the parse runs between its slices, not after the whole list.
  setTimeout(() => ticks.push(parsedBeforeTick), 0);
  expect(await parseInSlices(items, counting, 10)).toEqual(items);
  expect(ticks).toEqual([10]);
});

test("one item that does not match makes the whole list null, like a parse of the list", async () => {
  expect(await parseInSlices([{ n: 1 }, { n: 2 }, { n: "ba" }, { n: 4 }], Item, 2)).toBeNull();
  expect(await parseInSlices([], Item)).toEqual([]);
});
