// The database of `npm run bench:sync`: a fresh schema and the bench's own office, province and officers, each
// with assigned open cases (passwords hashed by the app's own scrypt). Server-only modules are imported lazily:
// this runs under the react-server condition (see bench-sync.ts).
import { randomUUID } from "node:crypto";

/** The fresh database, its schema, and the bench's own office: 50 officers, each with assigned cases. */
export async function seedBenchDatabase(url: string, size: { officers: number; casesPerOfficer: number; password: string }): Promise<{ username: string; userId: string; caseIds: string[] }[]> {
  // Imported here: these modules are server-only, and this process runs with the react-server condition.
  const { openDatabase } = await import("../lib/server/db/client");
  const { hashPassword } = await import("../lib/server/auth/password");
  const schema = await import("../lib/server/db/schema");
  const handle = await openDatabase({ url });
  try {
    await handle.migrate();
    const provinceId = randomUUID();
    const officeId = randomUUID();
    await handle.db.insert(schema.units).values([
      { id: provinceId, code: "BENCH", name: "Cục THADS (bench)", kind: "province" },
      { id: officeId, code: "BENCH.1", name: "Chi cục THADS (bench)", kind: "office", parentId: provinceId },
    ]);
    const passwordHash = await hashPassword(size.password); // one scrypt hash: same password, and 50 would take 5 s
    const officers = Array.from({ length: size.officers }, (_, k) => ({
      username: `bench.chv${String(k + 1).padStart(2, "0")}`,
      userId: randomUUID(),
      caseIds: Array.from({ length: size.casesPerOfficer }, () => randomUUID()),
    }));
    await handle.db.insert(schema.users).values(
      officers.map((o) => ({ id: o.userId, username: o.username, displayName: `Chấp hành viên ${o.username}`, role: "officer" as const, grade: "trung_cap" as const, unitId: officeId, passwordHash })),
    );
    const person = (fullName: string) => ({ type: "person", fullName, address: { asWritten: "Phường Hải Dương, thành phố Hải Phòng" } });
    let n = 0;
    await handle.db.insert(schema.cases).values(
      officers.flatMap((o) =>
        o.caseIds.map((id) => {
          n += 1;
          return {
            id, unitId: officeId, assignedOfficerId: o.userId, decisionNumber: `${n}/QĐ-CCTHADS`, decisionDate: "2026-03-02", acceptedDate: "2026-03-02",
            judgmentNumber: `${n}/2025/DS-ST`, judgmentDate: "2025-12-15", judgmentCourt: "Tòa án nhân dân khu vực 1 – Hải Phòng", kind: "theo_yeu_cau" as const,
            debtor: person(`Người phải thi hành ${n}`), creditor: person(`Người được thi hành ${n}`), searchText: `nguoi phai thi hanh ${n}`, status: "dang_thi_hanh",
          };
        }),
      ),
    );
    // What makes a case a valid case detail for a pull (the warm-up below pulls): an obligation and its status.
    const caseIds = officers.flatMap((o) => o.caseIds);
    await handle.db.insert(schema.caseMoneyObligations).values(caseIds.map((caseId) => ({ id: randomUUID(), caseId, position: 0, description: "Trả nợ tiền vay", amount: 120_000_000 })));
    await handle.db.insert(schema.caseStatusEvents).values(
      caseIds.map((caseId) => ({ id: randomUUID(), caseId, seq: 1, status: "dang_thi_hanh", decisionNumber: "1/QĐ-CCTHADS", decisionDate: "2026-03-02", signer: "Phạm Văn Dũng" })),
    );
    return officers;
  } finally {
    await handle.close();
  }
}

