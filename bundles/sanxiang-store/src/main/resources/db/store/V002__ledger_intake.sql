-- Ledger intake (账本待记): ledger events of committed changes, kept until the ledger appended them.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (DATETIME(3) in UTC).
CREATE TABLE sx_ledger_intake (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind           VARCHAR(32)  NOT NULL,
  subject_ref    VARCHAR(200) NOT NULL,
  actor          VARCHAR(100) NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  recorded_at    DATETIME(3)  NOT NULL
);
