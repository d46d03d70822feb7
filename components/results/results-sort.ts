import type { ResultNode } from "@/lib/domain/api/results";

// The table sorts by either rate. The first press shows the lowest first (the units to look at), the second
// the highest first. A unit with no rate (nothing có điều kiện) has nothing to compare and stays last either
// way; ties keep the server's order (by unit code, officers by name) so a re-sort never shuffles them.

export const SORT_KEYS = ["caseRate", "moneyRate"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export function sortNodes(nodes: readonly ResultNode[], order: SortOrder | null): ResultNode[] {
  if (order === null) return [...nodes];
  const sign = order.direction === "ascending" ? 1 : -1;
  return nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => {
      const left = a.node[order.key];
      const right = b.node[order.key];
      if (left === null || right === null) return left === right ? a.index - b.index : left === null ? 1 : -1;
      return left === right ? a.index - b.index : sign * (left - right);
    })
    .map(({ node }) => node);
}

/** The order after pressing a column's sort button: lowest first, then highest first, and so on. */
export function nextSortOrder(current: SortOrder | null, key: SortKey): SortOrder {
  if (current?.key === key && current.direction === "ascending") return { key, direction: "descending" };
  return { key, direction: "ascending" };
}

/** In the page URL: `moneyRate-asc`; anything else typed there is no order. */
export function sortFromParam(value: string | null): SortOrder | null {
  const parts = (value ?? "").split("-");
  const sortKey = SORT_KEYS.find((candidate) => candidate === parts[0]);
  const direction = parts[1];
  if (!sortKey || parts.length !== 2 || (direction !== "asc" && direction !== "desc")) return null;
  return { key: sortKey, direction: direction === "asc" ? "ascending" : "descending" };
}

export function sortToParam(order: SortOrder): string {
  return `${order.key}-${order.direction === "ascending" ? "asc" : "desc"}`;
}
