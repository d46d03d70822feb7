CREATE TABLE "result_rollup_years" (
	"report_year" integer PRIMARY KEY NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_rollups" (
	"report_year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"period" date NOT NULL,
	"officer_key" text NOT NULL,
	"kind" text NOT NULL,
	"carried_over" bigint NOT NULL,
	"newly_accepted" bigint NOT NULL,
	"transferred_out" bigint NOT NULL,
	"other_exits" bigint NOT NULL,
	"to_enforce" bigint NOT NULL,
	"with_conditions" bigint NOT NULL,
	"without_conditions" bigint NOT NULL,
	"finished" bigint NOT NULL,
	"terminated" bigint NOT NULL,
	"ongoing" bigint NOT NULL,
	"postponed" bigint NOT NULL,
	"suspended" bigint NOT NULL,
	"money_to_enforce" bigint NOT NULL,
	"money_with_conditions" bigint NOT NULL,
	"money_collected" bigint NOT NULL,
	"money_terminated" bigint NOT NULL,
	"money_reduced" bigint NOT NULL,
	CONSTRAINT "result_rollups_report_year_unit_id_grain_period_officer_key_kind_pk" PRIMARY KEY("report_year","unit_id","grain","period","officer_key","kind")
);
--> statement-breakpoint
-- Edited by hand: INCLUDE makes the national read an index-only scan (drizzle's index builder cannot say it).
CREATE INDEX "result_rollups_office_totals_idx" ON "result_rollups" USING btree ("report_year","grain","period") INCLUDE ("unit_id","officer_key","kind","carried_over","newly_accepted","transferred_out","other_exits","to_enforce","with_conditions","without_conditions","finished","terminated","ongoing","postponed","suspended","money_to_enforce","money_with_conditions","money_collected","money_terminated","money_reduced") WHERE officer_key = '*';