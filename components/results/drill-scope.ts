import type { ResultNode } from "@/lib/domain/api/results";
import { UNASSIGNED_OFFICER } from "@/lib/domain/api/result-cases";
import type { DrillScope } from "../result-cases/result-cases-query";

/**
 * Which cases a node of the results stands for. A province or an office is its unit; an officer is a user of
 * their office — except the group of cases with no officer, which the results name with the office's own id.
 * The officer's own node (an officer's whole tree) needs nothing: the server scopes them to their cases.
 */
export function drillScopeOf(node: ResultNode, office: ResultNode | null): DrillScope {
  if (node.kind !== "officer") return { unit: node.id };
  if (!office) return {};
  return { unit: office.id, officer: node.id === office.id ? UNASSIGNED_OFFICER : node.id };
}
