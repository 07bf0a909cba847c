-- Recorder ingest (音像记录接入): the media taken in (one row per distinct content), every delivery
-- attempt, the quarantine and the deliveries in flight. Portable between H2 2.x and MySQL 8 / MariaDB 10.11;
-- DATETIME(3) holds UTC.
CREATE TABLE sx_ing_media (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  sha256             CHAR(64)      NOT NULL,
  size_bytes         BIGINT        NOT NULL,
  md5                CHAR(32),
  case_number        VARCHAR(64)   NOT NULL,
  activity           VARCHAR(40)   NOT NULL,
  full_process       BOOLEAN       NOT NULL,
  officer_id         VARCHAR(32)   NOT NULL,
  device_serial      VARCHAR(64)   NOT NULL,
  device_officer_no  VARCHAR(32)   NOT NULL,
  station_file_id    VARCHAR(128)  NOT NULL,
  file_name          VARCHAR(255)  NOT NULL,
  captured_start     DATETIME(3)   NOT NULL,
  captured_end       DATETIME(3)   NOT NULL,
  important          BOOLEAN       NOT NULL,
  gps                VARCHAR(64),
  alerts             VARCHAR(200)  NOT NULL,
  state              VARCHAR(16)   NOT NULL,
  link_id            BIGINT,
  hold_id            BIGINT,
  channel            VARCHAR(16)   NOT NULL,
  received_at        DATETIME(3)   NOT NULL,
  linked_at          DATETIME(3),
  CONSTRAINT uq_ing_media_sha UNIQUE (sha256)
);
CREATE INDEX ix_ing_media_station ON sx_ing_media (device_serial, station_file_id);

CREATE TABLE sx_ing_delivery (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  channel            VARCHAR(16)   NOT NULL,
  source_name        VARCHAR(300)  NOT NULL,
  received_at        DATETIME(3)   NOT NULL,
  outcome            VARCHAR(16)   NOT NULL,
  sha256             CHAR(64),
  media_id           BIGINT,
  quarantine_id      BIGINT
);
CREATE INDEX ix_ing_delivery_media ON sx_ing_delivery (media_id);

CREATE TABLE sx_ing_quarantine (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  channel            VARCHAR(16)   NOT NULL,
  source_name        VARCHAR(300)  NOT NULL,
  reason_code        VARCHAR(32)   NOT NULL,
  reason             VARCHAR(1000) NOT NULL,
  device_serial      VARCHAR(64),
  case_number        VARCHAR(64),
  folder             VARCHAR(500),
  received_at        DATETIME(3)   NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  released_by        VARCHAR(100),
  released_at        DATETIME(3),
  sha256             CHAR(64)
);

CREATE TABLE sx_ing_inflight (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  channel            VARCHAR(16)   NOT NULL,
  source_name        VARCHAR(300)  NOT NULL,
  declared_size      BIGINT        NOT NULL,
  started_at         DATETIME(3)   NOT NULL
);
