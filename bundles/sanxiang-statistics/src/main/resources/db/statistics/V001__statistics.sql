-- Annual enforcement statistics (行政执法统计年报). Portable between H2 2.x and MySQL 8 / MariaDB 10.11:
-- DATETIME(3) holds UTC; no vendor-only syntax.

-- Every generation of a year's report: when, by whom, where, and the SHA-256 of the XML written.
CREATE TABLE sx_stat_report (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_year   INT           NOT NULL,
  generated_at  DATETIME(3)   NOT NULL,
  xml_sha256    CHAR(64)      NOT NULL,
  xml_path      VARCHAR(1000) NOT NULL,
  generated_by  VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_stat_report_year ON sx_stat_report (report_year);
