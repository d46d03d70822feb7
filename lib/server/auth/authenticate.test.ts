import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { units, users } from "../db/schema";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";

const limits = { maxFailuresPerUser: 3, maxFailuresPerIp: 5, windowMinutes: 15 };
const unitId = "00000000-0000-4000-8000-000000000001";

describe.each(testDatabases)("authenticate on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  beforeAll(async () => {
    handle = await target.open();
    await handle.db.insert(units).values({ id: unitId, code: "HD", name: "Cục THADS tỉnh Hải Dương", kind: "province" });
    const passwordHash = await hashPassword("demo-2021");
    await handle.db.insert(users).values([
      { id: "00000000-0000-4000-8000-000000000011", username: "chv.a", displayName: "Nguyễn Văn A", role: "officer", grade: "trung_cap", unitId, passwordHash },
      { id: "00000000-0000-4000-8000-000000000012", username: "chv.b", displayName: "Trần Thị B", role: "officer", grade: "so_cap", unitId, passwordHash },
      { id: "00000000-0000-4000-8000-000000000013", username: "chv.off", displayName: "Lê Văn C", role: "officer", grade: "so_cap", unitId, passwordHash, isActive: false },
    ]);
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("the right password signs in, with the user's role and unit", async () => {
    const outcome = await authenticate(handle.db, { username: " CHV.A ", password: "demo-2021" }, "10.0.0.1", limits);
    expect(outcome).toEqual({
      ok: true,
      user: { id: "00000000-0000-4000-8000-000000000011", role: "officer", unitId, name: "Nguyễn Văn A", username: "chv.a" },
    });
  });

  test("a wrong password, an unknown user and a disabled account are refused alike", async () => {
    for (const username of ["chv.a", "khong.ton.tai", "chv.off"]) {
      const password = username === "chv.off" ? "demo-2021" : "sai-mat-khau";
      const outcome = await authenticate(handle.db, { username, password }, `10.0.1.${username.length}`, limits);
      expect(outcome).toEqual({ ok: false, reason: "invalid_credentials" });
    }
  });

  test("after too many failures for one username even the right password is refused", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await authenticate(handle.db, { username: "chv.b", password: "wrong" }, `10.0.2.${attempt}`, limits);
    }
    const outcome = await authenticate(handle.db, { username: "chv.b", password: "demo-2021" }, "10.0.2.99", limits);
    expect(outcome).toEqual({ ok: false, reason: "rate_limited" });
  });

  test("one IP spraying many usernames is blocked", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await authenticate(handle.db, { username: `nobody${attempt}`, password: "x" }, "10.9.9.9", limits);
    }
    const outcome = await authenticate(handle.db, { username: "chv.a", password: "demo-2021" }, "10.9.9.9", limits);
    expect(outcome).toEqual({ ok: false, reason: "rate_limited" });
  });
});
