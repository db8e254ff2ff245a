-- Versions finer than data_version, for the answers about one county (compare, ranking, overview, briefing):
-- a correction in one county must not throw away every other county's cached answers. Row 0 is the shared part:
-- it moves with every change data_version moves with, except updates of facts; an update of facts moves
-- instead the row of the county of the fact's unit (-1: a unit without a county). A county's answers depend
-- on the shared row and its own, so "shared.own" stamps them.
CREATE TABLE `county_versions` (
	`county_id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `county_versions` (`county_id`, `version`) VALUES (0, 0);
--> statement-breakpoint
CREATE TRIGGER `facts_shared_insert` AFTER INSERT ON `facts` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `facts_shared_delete` AFTER DELETE ON `facts` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `reports_shared_insert` AFTER INSERT ON `reports` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `reports_shared_update` AFTER UPDATE ON `reports` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `units_shared_insert` AFTER INSERT ON `units` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `units_shared_update` AFTER UPDATE ON `units` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `units_shared_delete` AFTER DELETE ON `units` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_shared_insert` AFTER INSERT ON `unit_aliases` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_shared_update` AFTER UPDATE ON `unit_aliases` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `regions_shared_insert` AFTER INSERT ON `regions` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `regions_shared_update` AFTER UPDATE ON `regions` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `submissions_shared_insert` AFTER INSERT ON `submissions` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `submissions_shared_update` AFTER UPDATE ON `submissions` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `deadlines_shared_insert` AFTER INSERT ON `deadlines` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `deadlines_shared_update` AFTER UPDATE ON `deadlines` BEGIN UPDATE `county_versions` SET `version` = `version` + 1 WHERE `county_id` = 0; END;
--> statement-breakpoint
CREATE TRIGGER `facts_county_update` AFTER UPDATE ON `facts` BEGIN
  INSERT INTO `county_versions` (`county_id`, `version`)
    SELECT coalesce((SELECT `county_id` FROM `units` WHERE `id` = NEW.`unit_id`), -1), 1 WHERE true
    ON CONFLICT (`county_id`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `county_versions` (`county_id`, `version`)
    SELECT coalesce((SELECT `county_id` FROM `units` WHERE `id` = OLD.`unit_id`), -1), 1 WHERE OLD.`unit_id` <> NEW.`unit_id`
    ON CONFLICT (`county_id`) DO UPDATE SET `version` = `version` + 1;
END;
