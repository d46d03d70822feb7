import "client-only";
import type { z } from "@/lib/domain/z";

const ITEMS_PER_SLICE = 10;

/** Gives the event loop back: input, rendering and the phone's other work run before the next slice. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Checks a list against a schema a few items at a time, yielding between slices: ~100 case files parsed at
 * once were one task of ~110 ms at a mid-range phone's speed when the app opens (Lighthouse's blocking time,
 * issue #7). Null as soon as one item does not match, like a parse of the whole list.
 */
export async function parseInSlices<S extends z.ZodType>(items: readonly unknown[], schema: S, perSlice = ITEMS_PER_SLICE): Promise<z.infer<S>[] | null> {
  const parsed: z.infer<S>[] = [];
  for (let start = 0; start < items.length; start += perSlice) {
    if (start > 0) await yieldToEventLoop();
    for (const item of items.slice(start, start + perSlice)) {
      const result = schema.safeParse(item);
      if (!result.success) return null;
      parsed.push(result.data);
    }
  }
  return parsed;
}
