// The fixed demo accounts printed by `npm start`. They mirror DEMO_ACCOUNTS in
// lib/server/seed/generate-demo-province.ts (plain JS here so the start script needs no TS loader); keep both in step.
export const DEMO_PASSWORD = "demo-2021";
export const DEMO_ACCOUNT_LINES = [
  ["chv.tphd", "Chấp hành viên — Chi cục THADS thành phố Hải Dương"],
  ["chv2.tphd", "Chấp hành viên — Chi cục THADS thành phố Hải Dương"],
  ["cct.tphd", "Lãnh đạo Chi cục — Chi cục THADS thành phố Hải Dương"],
  ["chv.chilinh", "Chấp hành viên — Chi cục THADS thành phố Chí Linh"],
  ["cct.chilinh", "Lãnh đạo Chi cục — Chi cục THADS thành phố Chí Linh"],
  ["lanhdao", "Lãnh đạo Cục THADS tỉnh Hải Dương"],
  ["admin", "Quản trị hệ thống"],
];
