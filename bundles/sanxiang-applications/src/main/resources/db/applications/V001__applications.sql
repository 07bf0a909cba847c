-- Permit applications taken in at the counters (行政许可申请). Portable between H2 2.x and MySQL 8 /
-- MariaDB 10.11: DATETIME(3) holds UTC, DATE holds days in China; no vendor-only syntax.
CREATE TABLE sx_app_application (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  receipt_number    VARCHAR(16),
  channel           VARCHAR(100)  NOT NULL,
  client_request_id VARCHAR(64)   NOT NULL,
  counter_id        VARCHAR(64)   NOT NULL,
  item_key          VARCHAR(64)   NOT NULL,
  item_name         VARCHAR(500)  NOT NULL,
  time_limit_days   INT           NOT NULL,
  applicant_type    VARCHAR(24)   NOT NULL,
  applicant_name    VARCHAR(200)  NOT NULL,
  credit_code       CHAR(18),
  id_type           VARCHAR(40),
  id_number         VARCHAR(40),
  phone             VARCHAR(20),
  materials         VARCHAR(4000) NOT NULL,
  note              VARCHAR(4000),
  state             VARCHAR(32)   NOT NULL,
  submitted_by      VARCHAR(100)  NOT NULL,
  submitted_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uq_app_receipt UNIQUE (receipt_number),
  CONSTRAINT uq_app_request UNIQUE (channel, client_request_id)
);

CREATE TABLE sx_app_step (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT        NOT NULL,
  seq            INT           NOT NULL,
  kind           VARCHAR(32)   NOT NULL,
  occurred_on    DATE          NOT NULL,
  decision       VARCHAR(16),
  note           VARCHAR(4000),
  recorded_by    VARCHAR(100)  NOT NULL,
  recorded_at    DATETIME(3)   NOT NULL,
  CONSTRAINT fk_app_step_application FOREIGN KEY (application_id) REFERENCES sx_app_application (id),
  CONSTRAINT uq_app_step_seq UNIQUE (application_id, seq)
);

CREATE TABLE sx_app_access (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  accessed_at  DATETIME(3)  NOT NULL,
  who          VARCHAR(100) NOT NULL,
  purpose      VARCHAR(500) NOT NULL,
  subject_ref  VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_app_access_subject ON sx_app_access (subject_ref);
