-- Enforcement disclosure (行政执法公示). Portable between H2 2.x and MySQL 8 / MariaDB 10.11:
-- DATETIME(3) holds UTC, DATE holds days in China; no vendor-only syntax.

-- A publication (公示信息) as it stands; its versions and events below are immutable.
CREATE TABLE sx_dis_publication (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number        VARCHAR(64),
  kind               VARCHAR(16)   NOT NULL,
  item_code          VARCHAR(64),
  title              VARCHAR(500)  NOT NULL,
  decision_date      DATE          NOT NULL,
  due_date           DATE          NOT NULL,
  due_missing_years  VARCHAR(40),
  state              VARCHAR(20)   NOT NULL,
  version            INT           NOT NULL,
  published_version  INT           NOT NULL,
  display_until      DATE,
  published_at       DATETIME(3),
  acknowledged_at    DATETIME(3),
  revocation_reason  VARCHAR(1000),
  fine_yuan          DECIMAL(18,2),
  confiscated_yuan   DECIMAL(18,2),
  created_by         VARCHAR(100)  NOT NULL,
  created_at         DATETIME(3)   NOT NULL,
  updated_at         DATETIME(3)   NOT NULL,
  CONSTRAINT uq_dis_publication_case UNIQUE (case_number)
);
CREATE INDEX ix_dis_publication_state ON sx_dis_publication (state, due_date);

CREATE TABLE sx_dis_version (
  publication_id   BIGINT        NOT NULL,
  version          INT           NOT NULL,
  record_type      VARCHAR(16)   NOT NULL,
  severity         VARCHAR(16),
  content_text     TEXT          NOT NULL,
  content_sha256   CHAR(64)      NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  maker            VARCHAR(100)  NOT NULL,
  made_at          DATETIME(3)   NOT NULL,
  checker          VARCHAR(100),
  checked_at       DATETIME(3),
  published_by     VARCHAR(100),
  published_at     DATETIME(3),
  PRIMARY KEY (publication_id, version)
);

-- Every step of every publication (公示操作记录), ledgered one by one.
CREATE TABLE sx_dis_event (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  publication_id   BIGINT        NOT NULL,
  version          INT           NOT NULL,
  event            VARCHAR(20)   NOT NULL,
  content_sha256   CHAR(64),
  actor            VARCHAR(100)  NOT NULL,
  occurred_at      DATETIME(3)   NOT NULL,
  note             VARCHAR(1000)
);
CREATE INDEX ix_dis_event_publication ON sx_dis_event (publication_id, id);

-- The transactional outbox: written with the change it announces.
CREATE TABLE sx_dis_outbox (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  publication_id   BIGINT        NOT NULL,
  version          INT           NOT NULL,
  action           VARCHAR(20)   NOT NULL,
  business_key     VARCHAR(120)  NOT NULL,
  payload          TEXT          NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  acknowledged_at  DATETIME(3),
  receipt          VARCHAR(500),
  CONSTRAINT uq_dis_outbox_key UNIQUE (business_key)
);

CREATE TABLE sx_dis_alert (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  publication_id     BIGINT        NOT NULL,
  case_number        VARCHAR(64),
  alert_level        VARCHAR(16)   NOT NULL,
  due_date           DATE          NOT NULL,
  working_days_left  INT           NOT NULL,
  raised_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uq_dis_alert UNIQUE (publication_id, alert_level, due_date)
);

-- Pre-disclosure registers (事前公开清单): one row per version of an entry.
CREATE TABLE sx_dis_register (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  register_type    VARCHAR(24)   NOT NULL,
  entry_key        VARCHAR(100)  NOT NULL,
  version          INT           NOT NULL,
  effective_from   DATE          NOT NULL,
  fields_text      TEXT          NOT NULL,
  withdrawn        BOOLEAN       NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  changed_by       VARCHAR(100)  NOT NULL,
  changed_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uq_dis_register UNIQUE (register_type, entry_key, version)
);
