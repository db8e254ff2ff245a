CREATE TABLE `deadlines` (
	`year` integer PRIMARY KEY NOT NULL,
	`report_by` text NOT NULL,
	`publish_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`received_on` text,
	`published_url` text,
	`published_checked_on` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_unit_year` ON `submissions` (`unit_id`,`year`);--> statement-breakpoint
-- cached answers (the response cache) are checked against the data version; dates and deadlines change them too
CREATE TRIGGER `submissions_version_insert` AFTER INSERT ON `submissions` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `submissions_version_update` AFTER UPDATE ON `submissions` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `deadlines_version_insert` AFTER INSERT ON `deadlines` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `deadlines_version_update` AFTER UPDATE ON `deadlines` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
