import type { CaseDetail } from "@/lib/domain/api/cases";
import { formatVnd } from "@/lib/domain/money";
import { partyName } from "@/lib/domain/party-name";
import {
  CONCLUSION_LABELS,
  DECLARATION_LABELS,
  INCOME_PERIODICITY_LABELS,
  INFORMANT_BODY_LABELS,
  MARITAL_STATUS_LABELS,
  NO_CONDITION_GROUND_LABELS,
} from "@/lib/domain/records/labels";
import type { VerificationPayload } from "@/lib/domain/records/verification";
import { BLANK, identityVi } from "./print-format";
import { VerificationAssetsTable } from "./verification-assets-table";

type Props = { payload: VerificationPayload; caseDetail: CaseDetail | null; imageUrl(sha256: string): string | undefined };

function Informants({ informants }: { informants: VerificationPayload["informants"] }) {
  if (informants.length === 0) return <p>Không có cơ quan, tổ chức, cá nhân cung cấp thông tin.</p>;
  return (
    <ul>
      {informants.map((informant, index) => (
        <li key={index}>
          {informant.bodyName} ({INFORMANT_BODY_LABELS[informant.bodyType].vi}): {informant.personName}
          {informant.title ? `, ${informant.title}` : ""}.
        </li>
      ))}
    </ul>
  );
}

function Subject({ subject }: { subject: VerificationPayload["subject"] }) {
  const lines = [
    subject.identity && identityVi(subject.identity),
    subject.maritalStatus && `Tình trạng hôn nhân: ${MARITAL_STATUS_LABELS[subject.maritalStatus].vi}`,
    subject.permanentResidence && `Nơi thường trú: ${subject.permanentResidence}`,
    subject.temporaryResidence && `Nơi tạm trú: ${subject.temporaryResidence}`,
    subject.currentResidence && `Nơi ở hiện tại: ${subject.currentResidence}`,
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return <p>Chưa xác minh được thông tin nhân thân, nơi cư trú.</p>;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}.</li>
      ))}
    </ul>
  );
}

// NĐ 62 Đ.9 k.1: the minutes must say whether the debtor declared or refused to declare.
function Declaration({ declaration }: { declaration: VerificationPayload["declaration"] }) {
  return (
    <>
      <p>
        Kê khai tài sản, thu nhập của người phải thi hành án: <span className="bb-bold">{DECLARATION_LABELS[declaration.status].vi}</span>
        {declaration.status === "declared" ? ", gồm:" : "."}
      </p>
      {declaration.status === "declared" && (
        <ul>
          {declaration.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Income({ income }: { income: VerificationPayload["income"] }) {
  if (!income) return <p>Không xác minh được thu nhập của người phải thi hành án.</p>;
  return (
    <p>
      Thu nhập: {formatVnd(income.amount)} ({INCOME_PERIODICITY_LABELS[income.periodicity].vi}); nơi chi trả: {income.payer}.
    </p>
  );
}

function Conclusion({ conclusion }: { conclusion: VerificationPayload["conclusion"] }) {
  return (
    <p>
      Chấp hành viên đề xuất: <span className="bb-bold">{CONCLUSION_LABELS[conclusion.conclusion].vi}</span>
      {conclusion.conclusion === "chua_co_dieu_kien" ? ` (${NO_CONDITION_GROUND_LABELS[conclusion.ground].vi})` : ""}.
    </p>
  );
}

/** The results of a verification of the debtor's conditions for enforcement (domain §1.2). */
export function VerificationContent({ payload, caseDetail, imageUrl }: Props) {
  const debtor = caseDetail ? partyName(caseDetail.case.debtor) : BLANK;
  return (
    <section>
      <p>
        Tiến hành xác minh điều kiện thi hành án của người phải thi hành án <span className="bb-bold">{debtor}</span>, kết quả như sau:
      </p>
      <h2>1. Cơ quan, tổ chức, cá nhân cung cấp thông tin</h2>
      <Informants informants={payload.informants} />
      <h2>2. Nhân thân, nơi cư trú của người phải thi hành án</h2>
      <Subject subject={payload.subject} />
      <h2>3. Kê khai của người phải thi hành án</h2>
      <Declaration declaration={payload.declaration} />
      <h2>4. Tài sản</h2>
      <VerificationAssetsTable assets={payload.assets} imageUrl={imageUrl} />
      <h2>5. Thu nhập</h2>
      <Income income={payload.income} />
      <h2>6. Kết luận</h2>
      <Conclusion conclusion={payload.conclusion} />
      {payload.notes && <p>Ghi chú: {payload.notes}</p>}
    </section>
  );
}
