-- A counter that moves whenever the data the dashboard reads changes, from any connection: readers cache what
-- they computed and recompute when it moves (SQLite: drizzle/0003, 0004, 0008, the same tables). One bump per
-- statement, not per row: an ingest inserts hundreds of facts at once. The row lock it takes is held to the
-- commit, so the version moves exactly when the change becomes visible; NOTIFY is delivered at the commit too,
-- for processes that LISTEN instead of asking.
CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY NOT NULL CHECK ("id" = 1),
	"version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO moved;
  PERFORM pg_notify('data_version', moved::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "facts_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "facts"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "reports_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reports"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "units_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "unit_aliases_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_aliases"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "regions_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "regions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "submissions_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "submissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
--> statement-breakpoint
CREATE TRIGGER "deadlines_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "deadlines"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
