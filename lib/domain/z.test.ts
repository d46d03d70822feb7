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
