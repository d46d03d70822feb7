import "server-only";
import { AppError } from "../http/app-error";
import type { SessionUser } from "@/lib/domain/users";

/**
 * Who decides on a record (issue #5, architecture §6): the head of the office the record's case belongs to.
 * A leader reads the province's records and decides nothing; officers and admins have no access to review.
 */
export function canDecideFor(user: SessionUser, caseUnitId: string): boolean {
  return user.role === "supervisor" && user.unitId === caseUnitId;
}

/** Throws the 403 a caller gets when they may see the record but not decide on it. */
export function assertCanDecide(user: SessionUser, caseUnitId: string): void {
  if (!canDecideFor(user, caseUnitId)) {
    throw new AppError("forbidden", {
      detail: user.role === "supervisor" ? "Biên bản thuộc hồ sơ của Chi cục khác: chỉ lãnh đạo Chi cục đó được duyệt" : "Chỉ lãnh đạo Chi cục được duyệt hoặc trả lại biên bản",
    });
  }
}
