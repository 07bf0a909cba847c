-- Read-only views the review module owns for the annual statistics (统计报表, R-S2): the statistics module reads
-- these and never a sx_rev_* table. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE VIEW sx_rev_stat_request AS
  SELECT state, submitted_at FROM sx_rev_request;

CREATE VIEW sx_rev_stat_opinion AS
  SELECT outcome, signed_at FROM sx_rev_opinion;
