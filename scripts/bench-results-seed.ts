// The national-size report year of `npm run bench:results`, generated inside PostgreSQL (INSERT … SELECT over
// generate_series, a fixed seed): 1 national department, 34 provinces, 355 offices, 4,000 officers, a head per
// office and a leader per province, 1,000,000 cases of report year 2026 (1/10/2025 – 30/9/2026; 40% carried over
// from earlier years), and about 5,000,000 ledger entries — decisions, obligations, money entries — with the
// proportions of domain.md §2 (most cases finished or without conditions, money far behind cases).
import type pg from "pg";

export const BENCH_YEAR = 2026;
export const SIZE = { provinces: 34, offices: 355, officers: 4_000, cases: 1_000_000 };

// md5 → uuid: deterministic ids, so the bench can name a unit or a user without reading them back.
export const idSql = (prefix: string, n: string) => `md5('${prefix}' || (${n})::text)::uuid`;

const STEPS: { label: string; sql: string }[] = [
  {
    label: "units",
    sql: `
      INSERT INTO units (id, code, name, kind, parent_id)
      SELECT ${idSql("national", "0")}, 'CQL', 'Cục Quản lý Thi hành án dân sự', 'national', NULL;
      INSERT INTO units (id, code, name, kind, parent_id)
      SELECT ${idSql("province", "p")}, 'T' || lpad(p::text, 2, '0'), 'Thi hành án dân sự tỉnh ' || p, 'province', NULL
      FROM generate_series(0, ${SIZE.provinces - 1}) p;
      INSERT INTO units (id, code, name, kind, parent_id)
      SELECT ${idSql("office", "o")}, 'T' || lpad((o % ${SIZE.provinces})::text, 2, '0') || '.K' || lpad(o::text, 3, '0'),
             'Phòng Thi hành án dân sự khu vực ' || o, 'office', ${idSql("province", `o % ${SIZE.provinces}`)}
      FROM generate_series(0, ${SIZE.offices - 1}) o;`,
  },
  {
    label: "users",
    sql: `
      INSERT INTO users (id, username, display_name, role, unit_id, grade, password_hash)
      SELECT ${idSql("officer", "j")}, 'chv' || j, 'Chấp hành viên ' || j, 'officer', ${idSql("office", `j % ${SIZE.offices}`)}, 'trung_cap', 'bench-no-login'
      FROM generate_series(0, ${SIZE.officers - 1}) j;
      INSERT INTO users (id, username, display_name, role, unit_id, password_hash)
      SELECT ${idSql("head", "o")}, 'truongphong' || o, 'Trưởng phòng ' || o, 'supervisor', ${idSql("office", "o")}, 'bench-no-login'
      FROM generate_series(0, ${SIZE.offices - 1}) o;
      INSERT INTO users (id, username, display_name, role, unit_id, password_hash)
      SELECT ${idSql("leader", "p")}, 'lanhdao' || p, 'Lãnh đạo tỉnh ' || p, 'leader', ${idSql("province", "p")}, 'bench-no-login'
      FROM generate_series(0, ${SIZE.provinces - 1}) p;
      INSERT INTO users (id, username, display_name, role, unit_id, password_hash)
      SELECT ${idSql("leader", "'national'")}, 'cucql', 'Lãnh đạo Cục Quản lý', 'leader', ${idSql("national", "0")}, 'bench-no-login';
      INSERT INTO targets (unit_id, report_year, case_rate_bp, money_rate_bp)
      SELECT ${idSql("province", "p")}, ${BENCH_YEAR}, 8200 + (p % 5) * 50, 4000 + (p % 7) * 100 FROM generate_series(0, ${SIZE.provinces - 1}) p;`,
  },
  {
    // Officer j works in office j % 355; a case goes to officer (n·7919) mod 4000 and that officer's office; one
    // case in 33 is not yet assigned. Accepted dates: 40% in 2019–2025 (carried over), 60% within the year.
    label: "cases",
    sql: `
      CREATE TEMP TABLE bench_case AS
      SELECT n,
             ${idSql("case", "n")} AS id,
             ((n::bigint * 7919) % ${SIZE.officers})::int AS officer,
             CASE WHEN random() < 0.4 THEN date '2019-01-01' + (random() * 2464)::int ELSE date '2025-10-01' + (random() * 364)::int END AS accepted,
             CASE WHEN random() < 0.55 THEN 'chu_dong' ELSE 'theo_yeu_cau' END AS kind,
             (1000000 + floor(power(random(), 3) * 3000000000))::bigint AS obligation,
             random() AS r1, random() AS r2, random() AS r3
      FROM generate_series(1, ${SIZE.cases}) n;
      INSERT INTO cases (id, unit_id, assigned_officer_id, decision_number, decision_date, accepted_date, judgment_number, judgment_date,
                         judgment_court, kind, debtor, creditor, search_text, status)
      SELECT id, ${idSql("office", `officer % ${SIZE.offices}`)}, CASE WHEN n % 33 = 0 THEN NULL ELSE ${idSql("officer", "officer")} END,
             n || '/QĐ-THADS', accepted, accepted, n || '/DS-ST', accepted - 60, 'Tòa án nhân dân khu vực', kind,
             jsonb_build_object('type', 'person', 'fullName', 'Người phải thi hành ' || n), jsonb_build_object('type', 'person', 'fullName', 'Người được thi hành ' || n),
             'nguoi phai thi hanh ' || n, 'dang_thi_hanh'
      FROM bench_case;`,
  },
  {
    label: "obligations and decisions",
    sql: `
      INSERT INTO case_money_obligations (id, case_id, position, description, amount)
      SELECT ${idSql("obligation", "n")}, id, 0, 'Khoản phải thi hành', obligation FROM bench_case;
      INSERT INTO case_status_events (id, case_id, seq, status, ground, decision_number, decision_date, signer)
      SELECT ${idSql("decision0", "n")}, id, 0, 'dang_thi_hanh', NULL, n || '/QĐ-THADS', accepted, 'Thủ trưởng' FROM bench_case;
      INSERT INTO case_status_events (id, case_id, seq, status, ground, decision_number, decision_date, signer)
      SELECT ${idSql("decision1", "n")}, id, 1, s.status, s.ground, n || '/QĐ-KT', least(accepted + 20 + (r2 * 400)::int, date '2026-09-30'), 'Thủ trưởng'
      FROM bench_case,
           LATERAL (SELECT CASE WHEN r1 < 0.45 THEN 'thi_hanh_xong' WHEN r1 < 0.50 THEN 'dinh_chi' WHEN r1 < 0.68 THEN 'chua_co_dieu_kien'
                                WHEN r1 < 0.73 THEN 'hoan' WHEN r1 < 0.75 THEN 'tam_dinh_chi' WHEN r1 < 0.78 THEN 'uy_thac_di' END AS status,
                           CASE WHEN r1 >= 0.50 AND r1 < 0.68 THEN (ARRAY['a','b','c'])[1 + (r3 * 2.99)::int] WHEN r1 >= 0.68 AND r1 < 0.73 THEN (ARRAY['a','c'])[1 + (r3 * 1.99)::int] END AS ground) s
      WHERE r1 < 0.78;`,
  },
  {
    // The amount with conditions, then receipts (up to three), and a few reductions and terminations.
    label: "money entries",
    sql: `
      INSERT INTO case_money_entries (id, case_id, kind, amount, entry_date)
      SELECT ${idSql("assess", "n")}, id, 'co_dieu_kien', (obligation * (0.3 + r3 * 0.7))::bigint, least(accepted + 30, date '2026-09-30')
      FROM bench_case WHERE r2 < 0.85;
      INSERT INTO case_money_entries (id, case_id, kind, amount, entry_date)
      SELECT ${idSql("receipt", "n || '.' || k")}, id, 'thu', greatest(1, (obligation * 0.3 * random())::bigint), least(accepted + 10 + (random() * 500)::int, date '2026-09-30')
      FROM bench_case, generate_series(1, 3) k WHERE random() < 0.5;
      INSERT INTO case_money_entries (id, case_id, kind, amount, entry_date)
      SELECT ${idSql("reduce", "n")}, id, CASE WHEN r3 < 0.6 THEN 'giam' ELSE 'dinh_chi' END, greatest(1, (obligation * 0.1)::bigint), least(accepted + 90, date '2026-09-30')
      FROM bench_case WHERE r2 > 0.92;
      DROP TABLE bench_case;
      ANALYZE;`,
  },
];

export async function seedNationalYear(client: pg.Client, log: (line: string) => void): Promise<void> {
  await client.query("SELECT setseed(0.2026)");
  for (const step of STEPS) {
    const started = Date.now();
    await client.query(step.sql);
    log(`seed ${step.label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

export async function ledgerEntryCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    "SELECT (SELECT count(*) FROM case_status_events) + (SELECT count(*) FROM case_money_obligations) + (SELECT count(*) FROM case_money_entries) AS n",
  );
  return Number(rows[0]?.n ?? 0);
}
