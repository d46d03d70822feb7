import "server-only";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units, users } from "../db/schema";
import { OFFICE_ID, PROVINCE_ID, seedSyncWorld } from "../sync/sync-test-world";

// The sync world (one office, its officers and their cases) plus the people who review: the office's head, the
// head of another office of the province, the province's leader, an admin, and a leader of another province.

export const FOREIGN_OFFICE_ID = "00000000-0000-4000-8000-0000000000c3";
export const OTHER_PROVINCE_ID = "00000000-0000-4000-8000-0000000000c4";

function person(n: number, role: SessionUser["role"], unitId: string, username: string): SessionUser {
  return { id: `00000000-0000-4000-8000-${String(900 + n).padStart(12, "0")}`, role, unitId, name: `Người dùng ${username}`, username };
}

export const SUPERVISOR = person(1, "supervisor", OFFICE_ID, "cct.test");
export const FOREIGN_SUPERVISOR = person(2, "supervisor", FOREIGN_OFFICE_ID, "cct.khac");
export const LEADER = person(3, "leader", PROVINCE_ID, "lanhdao.test");
export const FOREIGN_LEADER = person(4, "leader", OTHER_PROVINCE_ID, "lanhdao.khac");
export const ADMIN = person(5, "admin", PROVINCE_ID, "admin.test");

export async function seedReviewWorld(db: Db, officerCount = 2, casesPerOfficer = 3) {
  const world = await seedSyncWorld(db, officerCount, casesPerOfficer);
  await db.insert(units).values([
    { id: FOREIGN_OFFICE_ID, code: "HD.CHILINH", name: "Chi cục THADS TP Chí Linh", kind: "office", parentId: PROVINCE_ID },
    { id: OTHER_PROVINCE_ID, code: "HP", name: "Cục THADS TP Hải Phòng", kind: "province" },
  ]);
  const reviewers = [SUPERVISOR, FOREIGN_SUPERVISOR, LEADER, FOREIGN_LEADER, ADMIN];
  await db.insert(users).values(
    reviewers.map((user) => ({ id: user.id, username: user.username, displayName: user.name, role: user.role, grade: null, unitId: user.unitId, passwordHash: "not-a-real-hash" })),
  );
  return world;
}
