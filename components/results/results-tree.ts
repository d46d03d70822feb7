import type { ResultNode } from "@/lib/domain/api/results";

// The API answers with the caller's whole tree; a leader's choice of one office is made on the client, so that
// switching offices is instant and the monthly series (fetched once for the province) serves every office.

export const KIND_LABELS_VI: Readonly<Record<ResultNode["kind"], string>> = {
  national: "Toàn quốc",
  province: "Cục",
  office: "Chi cục",
  officer: "Chấp hành viên",
};

/** The node on screen: the root, or the chosen office among its children; null when that office is not there. */
export function selectNode(root: ResultNode, unitId: string | null): ResultNode | null {
  if (unitId === null || unitId === root.id) return root;
  return root.children.find((child) => child.kind === "office" && child.id === unitId) ?? null;
}

/** Nothing to report: no case to enforce in the year so far, here or below. */
export function isEmptyNode(node: ResultNode): boolean {
  return node.figures.toEnforce === 0 && node.figures.carriedOver === 0 && node.figures.newlyAccepted === 0;
}

/** Xong + đình chỉ: the numerator of the case rate. */
export function doneCount(node: ResultNode): number {
  return node.figures.finished + node.figures.terminated;
}
