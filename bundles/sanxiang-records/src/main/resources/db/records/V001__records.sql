-- Full-process record (执法全过程记录). Portable between H2 2.x and MySQL 8 / MariaDB 10.11:
-- DATETIME(3) holds UTC, DATE holds days in China; no vendor-only syntax.
CREATE TABLE sx_rec_officer (
  officer_id    VARCHAR(32)  NOT NULL PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  unit          VARCHAR(200) NOT NULL,
  post          VARCHAR(100) NOT NULL,
  cert_number   VARCHAR(64)  NOT NULL,
  cert_kinds    VARCHAR(100) NOT NULL,
  cert_region   CHAR(6)      NOT NULL,
  valid_from    DATE         NOT NULL,
  valid_to      DATE         NOT NULL,
  updated_by    VARCHAR(100) NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uq_rec_officer_cert UNIQUE (cert_number)
);

CREATE TABLE sx_rec_case (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number   VARCHAR(64)  NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  item          VARCHAR(500) NOT NULL,
  region        CHAR(6)      NOT NULL,
  stage         VARCHAR(16)  NOT NULL,
  filed_by      VARCHAR(100) NOT NULL,
  filed_at      DATETIME(3)  NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uq_rec_case_number UNIQUE (case_number)
);
CREATE INDEX ix_rec_case_stage ON sx_rec_case (stage);

CREATE TABLE sx_rec_party (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT       NOT NULL,
  seq                 INT          NOT NULL,
  party_type          VARCHAR(24)  NOT NULL,
  name                VARCHAR(200) NOT NULL,
  credit_code         CHAR(18),
  registration_number VARCHAR(64),
  id_type             VARCHAR(40),
  id_number           VARCHAR(64),
  CONSTRAINT fk_rec_party_case FOREIGN KEY (case_id) REFERENCES sx_rec_case (id),
  CONSTRAINT uq_rec_party_seq UNIQUE (case_id, seq)
);

CREATE TABLE sx_rec_case_officer (
  case_id       BIGINT       NOT NULL,
  officer_id    VARCHAR(32)  NOT NULL,
  assigned_by   VARCHAR(100) NOT NULL,
  assigned_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (case_id, officer_id),
  CONSTRAINT fk_rec_co_case FOREIGN KEY (case_id) REFERENCES sx_rec_case (id),
  CONSTRAINT fk_rec_co_officer FOREIGN KEY (officer_id) REFERENCES sx_rec_officer (officer_id)
);

CREATE TABLE sx_rec_transition (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT        NOT NULL,
  from_stage    VARCHAR(16),
  to_stage      VARCHAR(16)   NOT NULL,
  actor         VARCHAR(100)  NOT NULL,
  occurred_at   DATETIME(3)   NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  CONSTRAINT fk_rec_transition_case FOREIGN KEY (case_id) REFERENCES sx_rec_case (id)
);
CREATE INDEX ix_rec_transition_case ON sx_rec_transition (case_id);

CREATE TABLE sx_rec_document (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT       NOT NULL,
  doc_type      VARCHAR(64)  NOT NULL,
  stage         VARCHAR(16)  NOT NULL,
  title         VARCHAR(500) NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT fk_rec_document_case FOREIGN KEY (case_id) REFERENCES sx_rec_case (id)
);
CREATE INDEX ix_rec_document_case ON sx_rec_document (case_id);

CREATE TABLE sx_rec_media (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT       NOT NULL,
  activity      VARCHAR(32)  NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  officer_id    VARCHAR(32)  NOT NULL,
  full_process  BOOLEAN      NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  linked_by     VARCHAR(100) NOT NULL,
  linked_at     DATETIME(3)  NOT NULL,
  CONSTRAINT fk_rec_media_case FOREIGN KEY (case_id) REFERENCES sx_rec_case (id)
);
CREATE INDEX ix_rec_media_case ON sx_rec_media (case_id);
CREATE INDEX ix_rec_media_sha ON sx_rec_media (sha256);

CREATE TABLE sx_rec_access (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  accessed_at   DATETIME(3)  NOT NULL,
  who           VARCHAR(100) NOT NULL,
  purpose       VARCHAR(500) NOT NULL,
  subject_type  VARCHAR(16)  NOT NULL,
  subject_ref   VARCHAR(100) NOT NULL
);
CREATE INDEX ix_rec_access_at ON sx_rec_access (accessed_at);
CREATE INDEX ix_rec_access_subject ON sx_rec_access (subject_ref);

CREATE TABLE sx_rec_hold (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject_ref   VARCHAR(100)  NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  placed_by     VARCHAR(100)  NOT NULL,
  placed_at     DATETIME(3)   NOT NULL,
  released_by   VARCHAR(100),
  released_at   DATETIME(3)
);
CREATE INDEX ix_rec_hold_subject ON sx_rec_hold (subject_ref);
