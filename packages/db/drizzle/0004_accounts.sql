CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`csrf` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username` ON `users` (`username`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text DEFAULT 'fact' NOT NULL,
	`entity_id` integer,
	`fact_id` integer,
	`actor` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "entity", "entity_id", "fact_id", "actor", "at", "action", "before", "after", "reason") SELECT "id", 'fact', "fact_id", "fact_id", "actor", "at", "action", "before", "after", "reason" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_fact` ON `audit_log` (`fact_id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
-- The rebuilt log stays append-only (its triggers went with the old table).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Merging units deletes one, renaming adds aliases, admins add regions: cached reads must see all three.
CREATE TRIGGER `units_version_delete` AFTER DELETE ON `units` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_version_insert` AFTER INSERT ON `unit_aliases` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_version_update` AFTER UPDATE ON `unit_aliases` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `regions_version_insert` AFTER INSERT ON `regions` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `regions_version_update` AFTER UPDATE ON `regions` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
