import { type CalendarYear, indexWorkingCalendar } from "./working-calendar";

// Days off of state agencies, 2020–2027 (domain §6.5). Bộ luật Lao động 2019 Đ.112 k.1 (from 1/1/2021):
// Tết Dương lịch 1 day, Tết Âm lịch 5, Giỗ Tổ Hùng Vương (10/3 âm lịch) 1, 30/4 1, 1/5 1, Quốc khánh 2
// (2/9 and a day next to it). In 2020 Bộ luật Lao động 2012 Đ.115 still applied: Quốc khánh was 1 day.
// A holiday on a weekend moves to the next working day (BLLĐ 2019 Đ.111 k.3); each year's notice fixes the
// Tết and Quốc khánh days and any swap with a Saturday. Only weekdays are listed (see working-calendar.ts).
// Lunar dates were checked with the Hồ Ngọc Đức lunar algorithm at UTC+7. "[?]" = not checked against the
// notice itself. Ngày Văn hóa Việt Nam (24/11) is announced as a new paid holiday (NQ 80-NQ/TW, NQ 30/NQ-CP)
// but needs an amendment of BLLĐ Đ.112 k.1 that was not yet in force when this was written [?]: add
// 2026-11-24 (Tue) / 2027-11-24 (Wed) here once it is.
export const VN_CALENDAR_YEARS: readonly CalendarYear[] = [
  {
    year: 2020,
    source: "Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch, Quốc khánh 2020 (số hiệu [?])",
    restDays: [
      "2020-01-01", // Tết Dương lịch (Wed)
      "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29", // Tết Canh Tý: 23/1–29/1 (Thu–Wed)
      "2020-04-02", // Giỗ Tổ (Thu)
      "2020-04-30", "2020-05-01", // Thu, Fri
      "2020-09-02", // Quốc khánh, 1 day under BLLĐ 2012 (Wed)
    ],
    workingSaturdays: [],
  },
  {
    year: 2021,
    source: "Thông báo 6150/TB-LĐTBXH (số hiệu [?]) — Tết 10/2–16/2/2021, Quốc khánh 2/9–3/9",
    restDays: [
      "2021-01-01", // Fri
      "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", // Tết Tân Sửu: 10/2–16/2 (Wed–Tue)
      "2021-04-21", // Giỗ Tổ (Wed)
      "2021-04-30", // Fri
      "2021-05-03", // 1/5 was a Saturday: compensatory Monday
      "2021-09-02", "2021-09-03", // Thu, Fri
    ],
    workingSaturdays: [],
  },
  {
    year: 2022,
    source: "Công văn 245/VPCP-KGVX ngày 11/1/2022 (Tết 29/1–6/2/2022); Quốc khánh 1/9–2/9 [?]",
    restDays: [
      "2022-01-03", // 1/1 was a Saturday: compensatory Monday
      "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", // Tết Nhâm Dần: 29/1–6/2 (Sat–Sun)
      "2022-04-11", // Giỗ Tổ fell on Sunday 10/4: compensatory Monday
      "2022-05-02", "2022-05-03", // 30/4 (Sat) and 1/5 (Sun): compensatory Mon, Tue
      "2022-09-01", "2022-09-02", // Thu, Fri
    ],
    workingSaturdays: [],
  },
  {
    year: 2023,
    source: "Thông báo của Bộ LĐTBXH (số hiệu [?]) — Tết 20/1–26/1/2023; 29/4–3/5; Quốc khánh 1/9–4/9",
    restDays: [
      "2023-01-02", // 1/1 was a Sunday: compensatory Monday
      "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", // Tết Quý Mão: 20/1–26/1 (Fri–Thu)
      "2023-05-01", // Mon
      "2023-05-02", "2023-05-03", // Giỗ Tổ (Sat 29/4) and 30/4 (Sun): compensatory Tue, Wed
      "2023-09-01", // Fri, the day next to 2/9
      "2023-09-04", // 2/9 was a Saturday: compensatory Monday
    ],
    workingSaturdays: [],
  },
  {
    year: 2024,
    source: "Thông báo của Bộ LĐTBXH (số hiệu [?]) — Tết 8/2–14/2/2024; Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi 29/4 ↔ 4/5)",
    restDays: [
      "2024-01-01", // Mon
      "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", // Tết Giáp Thìn: 8/2–14/2 (Thu–Wed)
      "2024-04-18", // Giỗ Tổ (Thu)
      "2024-04-29", // swapped with Saturday 4/5
      "2024-04-30", "2024-05-01", // Tue, Wed
      "2024-09-02", "2024-09-03", // Mon, Tue
    ],
    workingSaturdays: ["2024-05-04"],
  },
  {
    year: 2025,
    source: "Thông báo của Bộ LĐTBXH / Bộ Nội vụ (số hiệu [?]) — Tết 25/1–2/2/2025; hoán đổi 2/5 ↔ 26/4; Quốc khánh 30/8–2/9",
    restDays: [
      "2025-01-01", // Wed
      "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", // Tết Ất Tỵ: 25/1–2/2 (Sat–Sun)
      "2025-04-07", // Giỗ Tổ (Mon)
      "2025-04-30", "2025-05-01", // Wed, Thu
      "2025-05-02", // swapped with Saturday 26/4
      "2025-09-01", "2025-09-02", // Mon, Tue
    ],
    workingSaturdays: ["2025-04-26"],
  },
  {
    year: 2026,
    source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi 2/1 ↔ 10/1); Tết 14/2–22/2/2026 theo đề xuất của Bộ Nội vụ được Thủ tướng đồng ý (số hiệu [?]); Quốc khánh [?]",
    restDays: [
      "2026-01-01", // Thu
      "2026-01-02", // swapped with Saturday 10/1
      "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", // Tết Bính Ngọ: 14/2–22/2 (Sat–Sun), no swap
      "2026-04-27", // Giỗ Tổ fell on Sunday 26/4: compensatory Monday
      "2026-04-30", "2026-05-01", // Thu, Fri
      "2026-09-01", "2026-09-02", // Quốc khánh: Tue, Wed [?] — the second day and a possible swap were not confirmed
    ],
    workingSaturdays: ["2026-01-10"],
  },
  {
    // [?] The whole year is projected from the Labour Code: the 2027 notices were not published yet.
    year: 2027,
    source: "[?] dự kiến theo BLLĐ 2019 Đ.112, chưa có thông báo của năm 2027",
    restDays: [
      "2027-01-01", // Fri
      "2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", // Tết Đinh Mùi (mùng 1 = Sat 6/2) [?]
      "2027-04-16", // Giỗ Tổ (Fri)
      "2027-04-30", // Fri
      "2027-05-03", // 1/5 is a Saturday: compensatory Monday
      "2027-09-02", "2027-09-03", // Quốc khánh: Thu, Fri [?]
    ],
    workingSaturdays: [],
  },
];

/**
 * The default calendar. Callers may build their own from updated notices with `buildWorkingCalendar`. The data
 * above is validated by `CalendarYearsSchema` in holiday-calendar.test.ts, not on every phone at start.
 */
export const VN_WORKING_CALENDAR = indexWorkingCalendar(VN_CALENDAR_YEARS);
