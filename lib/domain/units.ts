import { UuidSchema } from "./ids";
import { z } from "./z";

// Units form a tree: province (Cục THADS tỉnh / THADS tỉnh) → office (Chi cục THADS / Phòng THADS khu vực). The
// national department (Cục Quản lý THADS, Bộ Tư pháp) stands above every province: its leaders read the national
// results; provinces keep no parent, so a province's own scope never depends on it.
export const UnitKindSchema = z.enum(["national", "province", "office"]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitSchema = z
  .object({
    id: UuidSchema,
    code: z.string().trim().regex(/^[A-Z0-9_.-]{2,32}$/, { error: "Mã đơn vị chỉ gồm chữ in hoa, số, dấu chấm, gạch (2–32 ký tự)" }),
    name: z.string().trim().min(3, { error: "Tên đơn vị quá ngắn" }).max(200),
    kind: UnitKindSchema,
    parentId: UuidSchema.nullable(),
  })
  .strict()
  .refine((unit) => (unit.kind === "office") === (unit.parentId !== null), {
    error: "Chỉ Chi cục thuộc một đơn vị cấp trên (tỉnh); tỉnh và Cục Quản lý không có đơn vị cấp trên",
    path: ["parentId"],
  });
export type Unit = z.infer<typeof UnitSchema>;
