-- Read-only views the records module owns for the annual statistics (统计报表, R-S2): the statistics module reads
-- these and never a sx_rec_* table, so a change of the tables is made here together with these views' columns.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE VIEW sx_rec_stat_case AS
  SELECT c.kind, c.stage, c.filed_at,
         (SELECT COUNT(*) FROM sx_rec_transition t WHERE t.case_id = c.id AND t.to_stage = 'WITHDRAWN') AS withdrawals
  FROM sx_rec_case c;

CREATE VIEW sx_rec_stat_decision AS
  SELECT c.kind, t.occurred_at
  FROM sx_rec_transition t JOIN sx_rec_case c ON c.id = t.case_id
  WHERE t.to_stage = 'DECISION';

CREATE VIEW sx_rec_stat_media AS
  SELECT activity, full_process, linked_at FROM sx_rec_media;
