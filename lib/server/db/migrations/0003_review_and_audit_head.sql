CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL,
	"entries" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions_needed" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "record_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason_category" text,
	"reason_text" text,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "field_records" ADD COLUMN "review_state" text DEFAULT 'submitted' NOT NULL;--> statement-breakpoint
ALTER TABLE "field_records" ADD COLUMN "superseded_by" uuid;--> statement-breakpoint
ALTER TABLE "decisions_needed" ADD CONSTRAINT "decisions_needed_record_id_field_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."field_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions_needed" ADD CONSTRAINT "decisions_needed_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_reviews" ADD CONSTRAINT "record_reviews_record_id_field_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."field_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_reviews" ADD CONSTRAINT "record_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_needed_case_idx" ON "decisions_needed" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "record_reviews_record_idx" ON "record_reviews" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "field_records_review_idx" ON "field_records" USING btree ("review_state","received_at");--> statement-breakpoint
CREATE INDEX "field_records_revision_of_idx" ON "field_records" USING btree ("revision_of");--> statement-breakpoint
-- A database that already has audit entries starts its head at the newest one.
INSERT INTO "audit_chain_head" ("id", "last_id", "last_hash", "entries")
SELECT 1, "id", "hash", (SELECT count(*) FROM "audit_log") FROM "audit_log" ORDER BY "id" DESC LIMIT 1;
