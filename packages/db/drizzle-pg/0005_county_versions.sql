-- See drizzle/0012_county_versions.sql: row 0 moves with every change data_version moves with except updates
-- of facts, which move the rows of their units' counties instead (-1: a unit without a county). Once per
-- statement, as data_version: an update's counties are read from its transition tables.
CREATE TABLE "county_versions" (
	"county_id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "county_versions" ("county_id", "version") VALUES (0, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_shared_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "county_versions" SET "version" = "version" + 1 WHERE "county_id" = 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "bump_fact_counties"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "county_versions" ("county_id", "version")
    SELECT DISTINCT coalesce(u."county_id", -1), 1
    FROM (SELECT "unit_id" FROM new_rows UNION SELECT "unit_id" FROM old_rows) f
    LEFT JOIN "units" u ON u."id" = f."unit_id"
  ON CONFLICT ("county_id") DO UPDATE SET "version" = "county_versions"."version" + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "facts_shared_version" AFTER INSERT OR DELETE OR TRUNCATE ON "facts"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "reports_shared_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reports"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "units_shared_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "unit_aliases_shared_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_aliases"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "regions_shared_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "regions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "submissions_shared_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "submissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "deadlines_shared_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "deadlines"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_shared_version"();
--> statement-breakpoint
CREATE TRIGGER "facts_county_version" AFTER UPDATE ON "facts"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_fact_counties"();
