CREATE TABLE `unread_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`value` real NOT NULL,
	`qualifier` text NOT NULL,
	`measure` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`evidence` text NOT NULL,
	`figure_start` integer NOT NULL,
	`figure_end` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unread_figures_report` ON `unread_figures` (`report_id`);