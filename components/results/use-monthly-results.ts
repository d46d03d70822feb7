"use client";

import { useEffect, useState } from "react";
import { getResults } from "@/lib/client/results-api";
import type { ResultNode } from "@/lib/domain/api/results";
import { monthEndsUpTo } from "./month-ends";

export interface MonthlySeries {
  dates: string[];
  /** The root of each date's answer, by position in `dates`; undefined while it loads, null if it failed. */
  roots: (ResultNode | null | undefined)[];
  done: number;
  failed: number;
}

type Loaded = { key: string; roots: (ResultNode | null | undefined)[] };

/**
 * The results as of each month end of the year up to `asOf`: at most 12 requests, sent together so the chart
 * is ready about as fast as the slowest month; each answer is shown as it arrives. Starts only when `isEnabled`
 * (after the main answer, which the user waits for first). One failed month is a gap, not an error page.
 */
export function useMonthlyResults(year: number, asOf: string, isEnabled: boolean): MonthlySeries | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${year}/${asOf}`;
  const dates = monthEndsUpTo(year, asOf);

  useEffect(() => {
    if (!isEnabled) return;
    const controller = new AbortController();
    const monthEnds = monthEndsUpTo(year, asOf);
    const roots: (ResultNode | null | undefined)[] = monthEnds.map(() => undefined);
    monthEnds.forEach((date, index) => {
      void getResults({ year, asOf: date }, controller.signal).then((result) => {
        if (controller.signal.aborted) return;
        roots[index] = result.ok ? result.data.root : null;
        setLoaded({ key, roots: [...roots] });
      });
    });
    return () => controller.abort();
  }, [year, asOf, key, isEnabled]);

  if (!isEnabled) return null;
  const roots = loaded?.key === key ? loaded.roots : dates.map(() => undefined);
  return { dates, roots, done: roots.filter((root) => root !== undefined).length, failed: roots.filter((root) => root === null).length };
}
