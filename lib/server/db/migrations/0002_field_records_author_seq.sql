DROP INDEX "field_records_author_idx";--> statement-breakpoint
CREATE INDEX "field_records_author_seq_idx" ON "field_records" USING btree ("author_id","server_seq");