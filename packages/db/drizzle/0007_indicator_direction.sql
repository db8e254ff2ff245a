-- An indicator is better higher, lower, or neither (a caseload). Existing rows keep their old direction until
-- syncIndicators rewrites the table from the catalog at open; the default only lets the column be added.
ALTER TABLE `indicators` ADD `direction` text NOT NULL DEFAULT 'higher';--> statement-breakpoint
UPDATE `indicators` SET `direction` = 'lower' WHERE `higher_is_better` = 0;--> statement-breakpoint
ALTER TABLE `indicators` DROP COLUMN `higher_is_better`;
