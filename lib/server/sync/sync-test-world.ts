import "server-only";
import { randomUUID } from "node:crypto";
import { uuidv7 } from "uuidv7";
import { computeContentHash } from "@/lib/domain/records/content-hash";
import type { FieldRecord, TypedPayload } from "@/lib/domain/records/field-record";
import { buildFieldRecord, buildServicePayload } from "@/lib/domain/records/fixtures";
import type { PushMutation } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { attachments, caseMoneyObligations, cases, caseStatusEvents, units, users } from "../db/schema";
import type { PushEnvelope } from "./push-request";

// Shared by the sync integration tests (never imported by the app): one office, officers with assigned cases,
// and builders of final records whose content hash is right.

export const PROVINCE_ID = "00000000-0000-4000-8000-0000000000c1";
export const OFFICE_ID = "00000000-0000-4000-8000-0000000000c2";

export function officerUser(n: number): SessionUser {
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`, role: "officer", unitId: OFFICE_ID, name: `Chấp hành viên ${n}`, username: `chv.test${n}` };
}

/** The office, `officerCount` officers (1…n) and `casesPerOfficer` open cases assigned to each. */
export async function seedSyncWorld(db: Db, officerCount: number, casesPerOfficer: number): Promise<{ officers: SessionUser[]; casesOf: Map<string, string[]> }> {
  await db.insert(units).values([
    { id: PROVINCE_ID, code: "HD", name: "Cục THADS tỉnh Hải Dương", kind: "province" },
    { id: OFFICE_ID, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương", kind: "office", parentId: PROVINCE_ID },
  ]);
  const officers = Array.from({ length: officerCount }, (_, k) => officerUser(k + 1));
  await db.insert(users).values(
    officers.map((user) => ({ id: user.id, username: user.username, displayName: user.name, role: user.role, grade: "trung_cap" as const, unitId: OFFICE_ID, passwordHash: "not-a-real-hash" })),
  );
  const casesOf = new Map<string, string[]>();
  let n = 0;
  for (const officer of officers) {
    const ids = Array.from({ length: casesPerOfficer }, () => randomUUID());
    casesOf.set(officer.id, ids);
    await db.insert(cases).values(
      ids.map((id) => {
        n += 1;
        const person = (fullName: string) => ({ type: "person", fullName, address: { asWritten: "Phường Hải Dương, thành phố Hải Phòng" } });
        return {
          id,
          unitId: OFFICE_ID,
          assignedOfficerId: officer.id,
          decisionNumber: `${n}/QĐ-CCTHADS`,
          decisionDate: "2026-03-02",
          acceptedDate: "2026-03-02",
          judgmentNumber: `${n}/2025/DS-ST`,
          judgmentDate: "2025-12-15",
          judgmentCourt: "Tòa án nhân dân khu vực 1 – Hải Phòng",
          kind: "theo_yeu_cau" as const,
          debtor: person(`Người phải thi hành ${n}`),
          creditor: person(`Người được thi hành ${n}`),
          searchText: `nguoi phai thi hanh ${n}`,
          status: "dang_thi_hanh",
        };
      }),
    );
    // What makes a case a valid CaseDetail for the pull: an obligation and its first status decision.
    await db.insert(caseMoneyObligations).values(ids.map((caseId) => ({ id: randomUUID(), caseId, position: 0, description: "Trả nợ tiền vay", amount: 120_000_000 })));
    await db.insert(caseStatusEvents).values(
      ids.map((caseId) => ({ id: randomUUID(), caseId, seq: 1, status: "dang_thi_hanh", decisionNumber: "1/QĐ-CCTHADS", decisionDate: "2026-03-02", signer: "Phạm Văn Dũng" })),
    );
  }
  return { officers, casesOf };
}

/** A final record with its true content hash; a postal service record (no attachments) unless `typed` says otherwise. */
export async function buildFinalRecord(input: { caseId: string; authorId: string; typed?: TypedPayload; id?: string; note?: string }): Promise<FieldRecord> {
  const typed = input.typed ?? { type: "thong_bao", payload: buildServicePayload("buu_dien") };
  const record = buildFieldRecord(typed, {
    id: input.id ?? uuidv7(),
    caseId: input.caseId,
    authorId: input.authorId,
    state: "final",
    locationNote: input.note ?? null,
  });
  return { ...record, contentHash: await computeContentHash(record) };
}

/** Rows in `attachments` for every image the records carry, as if their bytes had been uploaded. */
export async function storeAttachmentsOf(db: Db, records: readonly FieldRecord[], uploadedBy: string): Promise<void> {
  const refs = new Map(records.flatMap((record) => record.attachments.map((ref) => [ref.sha256, ref] as const)));
  if (refs.size === 0) return;
  await db
    .insert(attachments)
    .values([...refs.values()].map((ref) => ({ sha256: ref.sha256, mime: ref.mime, size: ref.size, uploadedBy })))
    .onConflictDoNothing();
}

export function mutationOf(record: FieldRecord): PushMutation {
  return { id: record.id, type: "record.submit", record };
}

export function pushEnvelope(records: readonly FieldRecord[], deviceId = "device-test-0001"): PushEnvelope {
  return { protocol: 1, deviceId, mutations: records.map(mutationOf) };
}
