import { expect, test } from "vitest";
import { PartySchema } from "./parties";
import { partyName } from "./party-name";

const person = {
  type: "person",
  fullName: "Lê Văn Cường",
  dateOfBirth: "1985-03-12",
  identity: { kind: "dinh_danh", number: "030085001234" },
  address: { asWritten: "Thôn Đông, xã Nam Sách, huyện Nam Sách, tỉnh Hải Dương" },
};
const company = {
  type: "organization",
  name: "Công ty TNHH Thương mại Nam Sách",
  enterpriseCode: "0801234567",
  legalRepresentative: "Đỗ Minh Đức",
  address: {
    asWritten: "Số 5 đường Trần Hưng Đạo, phường Hải Dương, thành phố Hải Phòng",
    normalized: { street: "Số 5 đường Trần Hưng Đạo", commune: "Phường Hải Dương", communeCode: "10507", province: "Thành phố Hải Phòng" },
  },
};

test("accepts a person and an organisation", () => {
  expect(PartySchema.safeParse(person).success).toBe(true);
  expect(PartySchema.safeParse(company).success).toBe(true);
});

test("a person may be known without any identity number", () => {
  const { identity: _identity, ...withoutId } = person;
  expect(PartySchema.safeParse(withoutId).success).toBe(true);
});

test("a person's birth date must exist", () => {
  expect(PartySchema.safeParse({ ...person, dateOfBirth: "1985-02-30" }).success).toBe(false);
});

test("an organisation's enterprise code is checked", () => {
  const result = PartySchema.safeParse({ ...company, enterpriseCode: "08012345" });
  expect(result.error?.issues[0]?.path).toEqual(["enterpriseCode"]);
});

test("fields of one kind of party are not accepted on the other", () => {
  expect(PartySchema.safeParse({ ...person, enterpriseCode: "0801234567" }).success).toBe(false);
  expect(PartySchema.safeParse({ ...company, fullName: "Đỗ Minh Đức" }).success).toBe(false);
});

test("a normalised address needs a valid 5-digit commune code", () => {
  const address = { ...company.address, normalized: { ...company.address.normalized, communeCode: "1050" } };
  expect(PartySchema.safeParse({ ...company, address }).success).toBe(false);
});

test("names a party whatever its kind", () => {
  expect(partyName(PartySchema.parse(person))).toBe("Lê Văn Cường");
  expect(partyName(PartySchema.parse(company))).toBe("Công ty TNHH Thương mại Nam Sách");
});
