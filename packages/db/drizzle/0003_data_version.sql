-- A counter that moves whenever reports, units or facts change, from any connection: readers cache
-- what they computed from the data and recompute when it moves.
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `facts_version_insert` AFTER INSERT ON `facts` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `facts_version_update` AFTER UPDATE ON `facts` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `facts_version_delete` AFTER DELETE ON `facts` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `reports_version_insert` AFTER INSERT ON `reports` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `reports_version_update` AFTER UPDATE ON `reports` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `units_version_insert` AFTER INSERT ON `units` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `units_version_update` AFTER UPDATE ON `units` BEGIN UPDATE `data_version` SET `version` = `version` + 1; END;
