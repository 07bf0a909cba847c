-- The read-only view the disclosure module owns for the annual statistics (统计报表, R-S2): the statistics module
-- reads it and never sx_dis_publication itself. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE VIEW sx_dis_stat_publication AS
  SELECT kind, state, decision_date, due_date, published_at, fine_yuan, confiscated_yuan
  FROM sx_dis_publication;
