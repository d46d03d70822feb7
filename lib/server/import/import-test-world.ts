import "server-only";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units, users } from "../db/schema";

// A small world for the import's integration tests (never imported by the app): the province HD with two offices,
// another province, officers of each office (one who has left), and the people who may or may not import.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const UNITS = {
  province: { id: id(101), code: "HD", name: "Cục THADS tỉnh Hải Dương", kind: "province" as const, parentId: null },
  tphd: { id: id(102), code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương", kind: "office" as const, parentId: id(101) },
  chilinh: { id: id(103), code: "HD.CHILINH", name: "Chi cục THADS TP Chí Linh", kind: "office" as const, parentId: id(101) },
  otherProvince: { id: id(104), code: "HP", name: "Cục THADS TP Hải Phòng", kind: "province" as const, parentId: null },
};

function person(n: number, role: SessionUser["role"], unitId: string, username: string): SessionUser {
  return { id: id(200 + n), role, unitId, name: `Người dùng ${username}`, username };
}

export const PEOPLE = {
  officer: person(1, "officer", UNITS.tphd.id, "chv.test1"),
  chilinhOfficer: person(2, "officer", UNITS.chilinh.id, "chv.chilinh"),
  formerOfficer: person(3, "officer", UNITS.tphd.id, "chv.nghi"),
  supervisor: person(4, "supervisor", UNITS.tphd.id, "cct.tphd"),
  chilinhSupervisor: person(5, "supervisor", UNITS.chilinh.id, "cct.chilinh"),
  leader: person(6, "leader", UNITS.province.id, "lanhdao"),
  admin: person(7, "admin", UNITS.province.id, "admin"),
  foreignLeader: person(8, "leader", UNITS.otherProvince.id, "lanhdao.hp"),
};

export async function seedImportWorld(db: Db): Promise<void> {
  await db.insert(units).values(Object.values(UNITS));
  await db.insert(users).values(
    Object.values(PEOPLE).map((user) => ({
      id: user.id,
      username: user.username,
      displayName: user.name,
      role: user.role,
      grade: user.role === "officer" ? ("trung_cap" as const) : null,
      unitId: user.unitId,
      passwordHash: "not-a-real-hash",
      isActive: user.username !== "chv.nghi",
    })),
  );
}
