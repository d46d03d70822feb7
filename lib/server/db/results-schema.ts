// No `import "server-only"`: drizzle-kit reads it through schema.ts (see there).
import { sql } from "drizzle-orm";
import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// The annual results, materialized (issue #6): the case ledger is the source of truth, and these tables hold
// its sums per day so that any as-of date is answered by adding a few thousand rows instead of reading every
// case (lib/server/results/rollup). Each row is the change of the figures of one group of cases on one day
// (grain "d") or over one month (grain "m", period = the month's first day, the sum of its days), so the
// figures as of D = Σ months before D's month + Σ days of D's month up to D. Groups: one officer's cases of one
// kind in one office (officer_key = their user id, or "-" for unassigned cases), and the whole office of one
// kind (officer_key "*"), which the national tree reads without touching officers.

const figure = (name: string) => bigint(name, { mode: "number" }).notNull();

export const resultRollups = pgTable(
  "result_rollups",
  {
    reportYear: integer("report_year").notNull(),
    unitId: uuid("unit_id").notNull(),
    grain: text("grain", { enum: ["d", "m"] }).notNull(),
    period: date("period", { mode: "string" }).notNull(),
    officerKey: text("officer_key").notNull(),
    kind: text("kind", { enum: ["chu_dong", "theo_yeu_cau"] }).notNull(),
    carriedOver: figure("carried_over"),
    newlyAccepted: figure("newly_accepted"),
    transferredOut: figure("transferred_out"),
    otherExits: figure("other_exits"),
    toEnforce: figure("to_enforce"),
    withConditions: figure("with_conditions"),
    withoutConditions: figure("without_conditions"),
    finished: figure("finished"),
    terminated: figure("terminated"),
    ongoing: figure("ongoing"),
    postponed: figure("postponed"),
    suspended: figure("suspended"),
    moneyToEnforce: figure("money_to_enforce"),
    moneyWithConditions: figure("money_with_conditions"),
    moneyCollected: figure("money_collected"),
    moneyTerminated: figure("money_terminated"),
    moneyReduced: figure("money_reduced"),
  },
  (t) => [
    primaryKey({ columns: [t.reportYear, t.unitId, t.grain, t.period, t.officerKey, t.kind] }),
    // The national tree reads only the offices' totals. Migration 0004 adds every figure as INCLUDE columns (edited
    // by hand: the index builder cannot say it), so that read is an index-only scan of a few hundred pages.
    index("result_rollups_office_totals_idx").on(t.reportYear, t.grain, t.period).where(sql`officer_key = '*'`),
  ],
);

/** The report years whose rollups exist and are kept up to date by every ledger write. */
export const resultRollupYears = pgTable("result_rollup_years", {
  reportYear: integer("report_year").primaryKey(),
  builtAt: timestamp("built_at", { withTimezone: true }).notNull().defaultNow(),
});
