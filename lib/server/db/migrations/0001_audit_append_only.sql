-- The audit log is append-only: refuse UPDATE and DELETE at the database, whatever the application does.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- One server-wide sequence orders every change a device may pull (records, decisions, case assignments).
CREATE SEQUENCE IF NOT EXISTS server_seq AS bigint;
