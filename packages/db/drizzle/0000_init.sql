CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fact_id` integer NOT NULL,
	`actor` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_fact` ON `audit_log` (`fact_id`);--> statement-breakpoint
CREATE TABLE `facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`key` text NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	`qualifier` text NOT NULL,
	`role` text,
	`derived` integer DEFAULT false NOT NULL,
	`span_start` integer,
	`span_end` integer,
	`evidence` text NOT NULL,
	`status` text DEFAULT 'auto' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facts_key_year_unit` ON `facts` (`key`,`year`,`unit_id`);--> statement-breakpoint
CREATE INDEX `facts_unit_year` ON `facts` (`unit_id`,`year`);--> statement-breakpoint
CREATE INDEX `facts_report` ON `facts` (`report_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`unit` text NOT NULL,
	`group_key` text NOT NULL,
	`higher_is_better` integer NOT NULL,
	`combine` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regions_level_name` ON `regions` (`level`,`name`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`title` text,
	`signed_date` text,
	`source_name` text NOT NULL,
	`format` text NOT NULL,
	`encoding` text,
	`sha256` text NOT NULL,
	`text` text NOT NULL,
	`extractor_version` text NOT NULL,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`sample` integer DEFAULT false NOT NULL,
	`superseded_at` text,
	`superseded_by` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_sha256` ON `reports` (`sha256`);--> statement-breakpoint
CREATE INDEX `reports_unit_year` ON `reports` (`unit_id`,`year`);--> statement-breakpoint
CREATE TABLE `unit_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`alias` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_aliases_alias` ON `unit_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`county_id` integer,
	`population` integer,
	`villages` integer,
	`sample` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `units_county_name` ON `units` (`county_id`,`name`);