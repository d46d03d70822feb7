import "server-only";
import type { units, users } from "@/lib/server/db/schema";
import { demoUuid } from "./demo-ids";
import { OFFICE_PLANS, PROVINCE, type OfficePlan } from "./office-plan";
import { createRng } from "./prng";
import { generatePersonName, type Gender } from "./vietnamese-names";

type UnitRow = typeof units.$inferInsert;
type UserRow = Omit<typeof users.$inferInsert, "passwordHash">;
type Grade = NonNullable<UserRow["grade"]>;

export interface StaffMember {
  id: string;
  displayName: string;
}

export interface OfficeStaff {
  plan: OfficePlan;
  unitId: string;
  /** Chi cục trưởng: signs decisions and supervises the CHV (role "supervisor"). */
  head: StaffMember;
  /** Phó Chi cục trưởng: signs part of the decisions; not an account of the demo. */
  deputyName: string;
  officers: (StaffMember & { loadWeight: number })[];
}

export interface DemoStaff {
  units: UnitRow[];
  users: UserRow[];
  offices: OfficeStaff[];
}

export function unitId(code: string): string {
  return demoUuid("unit", code);
}

function officerUsername(slug: string, index: number): string {
  return index === 0 ? `chv.${slug}` : `chv${index + 1}.${slug}`;
}

// Most CHV at a Chi cục are trung cấp; sơ cấp are the recently appointed, cao cấp rare outside the Cục.
const GRADES: readonly (readonly [Grade, number])[] = [["trung_cap", 6], ["so_cap", 3], ["cao_cap", 1]];

// Loads are uneven in real offices: the senior CHV carries the most (and the hardest) cases.
const LOAD_WEIGHTS = [1.1, 1.05, 1.0, 1.0, 0.95, 0.9];

export function buildStaff(): DemoStaff {
  const provinceId = unitId(PROVINCE.code);
  const unitRows: UnitRow[] = [{ id: provinceId, code: PROVINCE.code, name: PROVINCE.name, kind: "province", parentId: null }];
  const userRows: UserRow[] = [];
  const takenNames = new Set<string>();

  // Display names are unique across the demo so that a supervisor can tell two CHV apart in every list.
  function uniqueName(key: string, gender: Gender): string {
    for (let attempt = 0; ; attempt += 1) {
      const name = generatePersonName(createRng(`staff-name:${key}:${attempt}`), gender);
      if (!takenNames.has(name)) {
        takenNames.add(name);
        return name;
      }
    }
  }
  function addUser(username: string, role: UserRow["role"], unit: string, grade: Grade | null): StaffMember {
    const gender: Gender = createRng(`staff-gender:${username}`).chance(0.62) ? "male" : "female";
    const member = { id: demoUuid("user", username), displayName: uniqueName(username, gender) };
    userRows.push({ id: member.id, username, displayName: member.displayName, role, unitId: unit, grade });
    return member;
  }

  addUser("lanhdao", "leader", provinceId, null);
  addUser("admin", "admin", provinceId, null);

  const offices = OFFICE_PLANS.map((plan): OfficeStaff => {
    const id = unitId(plan.code);
    unitRows.push({ id, code: plan.code, name: plan.name, kind: "office", parentId: provinceId });
    const head = addUser(`cct.${plan.slug}`, "supervisor", id, null);
    const officers = Array.from({ length: plan.officerCount }, (_, index) => {
      const username = officerUsername(plan.slug, index);
      const grade = createRng(`staff-grade:${username}`).weighted(GRADES);
      return { ...addUser(username, "officer", id, grade), loadWeight: LOAD_WEIGHTS[index] ?? 0.8 };
    });
    return { plan, unitId: id, head, deputyName: uniqueName(`deputy.${plan.slug}`, "male"), officers };
  });

  return { units: unitRows, users: userRows, offices };
}
