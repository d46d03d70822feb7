import Link from "next/link";
import type { ReactNode } from "react";
import type { ResultCaseFigure } from "@/lib/domain/api/result-cases";
import { resultCasesHref, type DrillPeriod, type DrillScope } from "../result-cases/result-cases-query";

/** What a number of the results needs to link to its cases; null where the numbers are not links (tests, exports). */
export interface Drill {
  period: DrillPeriod;
  scope: DrillScope;
}

// At least 24 × 24 px (WCAG 2.5.8): two short numbers side by side in a card note are otherwise too small a target.
const LINK = "results-figure-link inline-block min-h-6 min-w-6 text-blue-900 underline decoration-dotted underline-offset-2 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-blue-700";

/**
 * A number of the results as a link to the list of its cases. Light on purpose (the table can have hundreds of
 * rows): one anchor, no prefetch, no label of its own — a cell's headers and a card's term name the link (WCAG
 * 2.4.4, purpose in context). A zero stays plain text.
 */
export function FigureLink({ drill, figure, value, children }: { drill: Drill | null; figure: ResultCaseFigure; value: number; children: ReactNode }) {
  const href = drill ? resultCasesHref(drill.period, drill.scope, figure, value) : null;
  if (!href) return <>{children}</>;
  return (
    <Link href={href} prefetch={false} className={LINK}>
      {children}
    </Link>
  );
}
