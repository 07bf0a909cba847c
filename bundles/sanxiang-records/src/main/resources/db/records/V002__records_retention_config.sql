-- Retention deletions and applied configuration snapshots of the full-process record, both ledgered
-- (kinds RETENTION and CONFIG_CHANGE) and recomputed by the module's ContentVerifier.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE TABLE sx_rec_deletion (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_class   VARCHAR(16)  NOT NULL,
  ref            VARCHAR(100) NOT NULL,
  retained_until DATE         NOT NULL,
  deleted_by     VARCHAR(100) NOT NULL,
  deleted_at     DATETIME(3)  NOT NULL
);
CREATE INDEX ix_rec_deletion_ref ON sx_rec_deletion (ref);

-- settings: the canonical text of the effective settings (one key=value a line), as applied
CREATE TABLE sx_rec_config (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  pid            VARCHAR(100) NOT NULL,
  settings       TEXT         NOT NULL,
  settings_sha256 CHAR(64)    NOT NULL,
  applied_by     VARCHAR(100) NOT NULL,
  applied_at     DATETIME(3)  NOT NULL
);
CREATE INDEX ix_rec_config_pid ON sx_rec_config (pid);
