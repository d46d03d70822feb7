import { expect, test } from "vitest";
import { z } from "./z";

test("zod speaks Vietnamese, and an empty required field says so plainly", () => {
  const schema = z.object({ name: z.string(), age: z.number().min(18) });
  const issues = schema.safeParse({ age: 3 }).error?.issues ?? [];
  expect(issues.find((i) => i.path[0] === "name")?.message).toBe("Chưa nhập thông tin bắt buộc này");
  expect(issues.find((i) => i.path[0] === "age")?.message).toMatch(/18/);
  expect(issues.find((i) => i.path[0] === "age")?.message).not.toMatch(/Too small/);
  expect(schema.safeParse({ name: 5, age: 20 }).error?.issues[0]?.message).toMatch(/không hợp lệ/);
});

test("a schema's own message wins over the generic one", () => {
  const schema = z.object({ name: z.string({ error: "Họ tên là bắt buộc" }) });
  expect(schema.safeParse({}).error?.issues[0]?.message).toBe("Họ tên là bắt buộc");
});

test("a date or time left empty is 'required', not a format lecture; a malformed one says what is wrong", async () => {
  const { IsoDateSchema, IsoDateTimeSchema } = await import("./date-schemas");
  const schema = z.object({ on: IsoDateSchema, at: IsoDateTimeSchema });
  const missing = schema.safeParse({}).error?.issues.map((i) => i.message);
  expect(missing).toEqual(["Chưa nhập thông tin bắt buộc này", "Chưa nhập thông tin bắt buộc này"]);
  const malformed = schema.safeParse({ on: "30/09/2021", at: "2021-09-30 10:00" }).error?.issues.map((i) => [i.path[0], i.message]);
  expect(malformed).toEqual([
    ["on", "Ngày phải theo định dạng yyyy-mm-dd"], // and not also "does not exist on the calendar"
    ["at", "Thời điểm không hợp lệ: cần đủ ngày, giờ, phút và múi giờ"],
  ]);
});
