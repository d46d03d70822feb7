import { CaseStatusSchema, DecisionNumberSchema, StatusEntrySchema } from "./case-status-schemas";
import { IsoDateSchema } from "./date-schemas";
import { UuidSchema } from "./ids";
import { MoneySchema } from "./money-schema";
import { PartySchema } from "./parties";
import { z } from "./z";

// One enforcement decision (QĐTHA) = one case (Luật THADS Đ.3 k.9).
export const CaseKindSchema = z.enum(["chu_dong", "theo_yeu_cau"]);
export type CaseKind = z.infer<typeof CaseKindSchema>;

export const JudgmentRefSchema = z
  .object({
    number: z.string().trim().min(1, { error: "Thiếu số bản án/quyết định" }).max(60),
    date: IsoDateSchema,
    court: z.string().trim().min(3, { error: "Thiếu tên Tòa án" }).max(200),
  })
  .strict();

export const MoneyObligationSchema = z
  .object({
    description: z.string().trim().min(2, { error: "Thiếu nội dung nghĩa vụ" }).max(500),
    amount: MoneySchema.refine((amount) => amount > 0, { error: "Số tiền nghĩa vụ phải lớn hơn 0" }),
  })
  .strict();

export const ObligationsSchema = z
  .object({
    money: z.array(MoneyObligationSchema).max(50),
    nonMoney: z.array(z.string().trim().min(2).max(1000)).max(50),
  })
  .strict()
  .refine((o) => o.money.length + o.nonMoney.length > 0, { error: "Quyết định phải có ít nhất một nghĩa vụ" });

export const CaseSchema = z
  .object({
    id: UuidSchema,
    unitId: UuidSchema,
    assignedOfficerId: UuidSchema.nullable(),
    decisionNumber: DecisionNumberSchema,
    decisionDate: IsoDateSchema,
    acceptedDate: IsoDateSchema, // ngày thụ lý
    judgment: JudgmentRefSchema,
    kind: CaseKindSchema,
    debtor: PartySchema,
    creditor: PartySchema,
    obligations: ObligationsSchema,
    status: CaseStatusSchema,
    statusHistory: z.array(StatusEntrySchema).min(1),
  })
  .strict();
export type Case = z.infer<typeof CaseSchema>;

// The money ledger of a case (domain §2.4): the amount with conditions as assessed, receipts, amounts
// terminated by đình chỉ and amounts reduced (miễn, giảm). One entry per receipt.
export const MoneyEntryKindSchema = z.enum(["co_dieu_kien", "thu", "dinh_chi", "giam"]);
export const MoneyEntrySchema = z
  .object({
    kind: MoneyEntryKindSchema,
    amount: MoneySchema,
    date: IsoDateSchema,
    reference: z.string().trim().max(120).nullable(),
  })
  .strict();
export type MoneyEntry = z.infer<typeof MoneyEntrySchema>;
