-- Legal review of major decisions (重大执法决定法制审核). Portable between H2 2.x and MySQL 8 / MariaDB 10.11:
-- DATETIME(3) holds UTC, DATE holds days in China, DECIMAL(18,2) holds 元; no vendor-only syntax.
CREATE TABLE sx_rev_reviewer (
  officer_id          VARCHAR(32)  NOT NULL PRIMARY KEY,
  name                VARCHAR(100) NOT NULL,
  unit                VARCHAR(200) NOT NULL,
  reviewer_role       VARCHAR(16)  NOT NULL,
  legal_qualification BOOLEAN      NOT NULL,
  updated_by          VARCHAR(100) NOT NULL,
  updated_at          DATETIME(3)  NOT NULL
);

CREATE TABLE sx_rev_proposal (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number       VARCHAR(64)   NOT NULL,
  version           INT           NOT NULL,
  case_kind         VARCHAR(16)   NOT NULL,
  party_name        VARCHAR(200)  NOT NULL,
  party_type        VARCHAR(24)   NOT NULL,
  hearing           VARCHAR(16)   NOT NULL,
  beyond_discretion BOOLEAN       NOT NULL,
  discretion_note   VARCHAR(1000),
  suspected_crime   BOOLEAN       NOT NULL,
  manual_referral   VARCHAR(500),
  summary           VARCHAR(2000) NOT NULL,
  legal_basis       VARCHAR(1000) NOT NULL,
  content_sha256    CHAR(64)      NOT NULL,
  evaluation        VARCHAR(2000) NOT NULL,
  major             BOOLEAN       NOT NULL,
  proposed_by       VARCHAR(100)  NOT NULL,
  proposed_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uq_rev_proposal_version UNIQUE (case_number, version)
);

CREATE TABLE sx_rev_measure (
  proposal_id   BIGINT        NOT NULL,
  seq           INT           NOT NULL,
  measure_type  VARCHAR(32)   NOT NULL,
  amount        DECIMAL(18,2),
  detail        VARCHAR(500)  NOT NULL,
  PRIMARY KEY (proposal_id, seq),
  CONSTRAINT fk_rev_measure_proposal FOREIGN KEY (proposal_id) REFERENCES sx_rev_proposal (id)
);

CREATE TABLE sx_rev_request (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number           VARCHAR(64)   NOT NULL,
  proposal_id           BIGINT        NOT NULL,
  proposal_version      INT           NOT NULL,
  proposal_sha256       CHAR(64)      NOT NULL,
  submitting_unit       VARCHAR(200)  NOT NULL,
  submitted_by          VARCHAR(100)  NOT NULL,
  submitted_at          DATETIME(3)   NOT NULL,
  objection             VARCHAR(2000),
  resubmission_of       BIGINT,
  state                 VARCHAR(24)   NOT NULL,
  materials_complete_on DATE,
  segment_start         DATE,
  used_days             INT           NOT NULL,
  limit_days            INT           NOT NULL,
  extended              BOOLEAN       NOT NULL,
  extension_by          VARCHAR(100),
  extension_reason      VARCHAR(500),
  paused_since          DATE,
  due_date              DATE,
  due_provisional       BOOLEAN       NOT NULL,
  updated_by            VARCHAR(100)  NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  CONSTRAINT fk_rev_request_proposal FOREIGN KEY (proposal_id) REFERENCES sx_rev_proposal (id)
);
CREATE INDEX ix_rev_request_case ON sx_rev_request (case_number);
CREATE INDEX ix_rev_request_state ON sx_rev_request (state);

CREATE TABLE sx_rev_material (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id    BIGINT        NOT NULL,
  material_type VARCHAR(24)   NOT NULL,
  title         VARCHAR(500)  NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  submitted_by  VARCHAR(100)  NOT NULL,
  submitted_at  DATETIME(3)   NOT NULL,
  CONSTRAINT fk_rev_material_request FOREIGN KEY (request_id) REFERENCES sx_rev_request (id)
);
CREATE INDEX ix_rev_material_request ON sx_rev_material (request_id);

CREATE TABLE sx_rev_supplement (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id    BIGINT        NOT NULL,
  requested_on  DATE          NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  requested_by  VARCHAR(100)  NOT NULL,
  resumed_on    DATE,
  resumed_by    VARCHAR(100),
  CONSTRAINT fk_rev_supplement_request FOREIGN KEY (request_id) REFERENCES sx_rev_request (id)
);
CREATE INDEX ix_rev_supplement_request ON sx_rev_supplement (request_id);

CREATE TABLE sx_rev_consultation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id    BIGINT        NOT NULL,
  adviser_id    VARCHAR(32)   NOT NULL,
  adviser_name  VARCHAR(100)  NOT NULL,
  adviser_role  VARCHAR(16)   NOT NULL,
  opinion       VARCHAR(2000) NOT NULL,
  recorded_by   VARCHAR(100)  NOT NULL,
  recorded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT fk_rev_consultation_request FOREIGN KEY (request_id) REFERENCES sx_rev_request (id)
);
CREATE INDEX ix_rev_consultation_request ON sx_rev_consultation (request_id);

CREATE TABLE sx_rev_opinion (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id    BIGINT        NOT NULL,
  outcome       VARCHAR(24)   NOT NULL,
  remarks       VARCHAR(2000) NOT NULL,
  reviewer_id   VARCHAR(32)   NOT NULL,
  reviewer_name VARCHAR(100)  NOT NULL,
  signed_at     DATETIME(3)   NOT NULL,
  CONSTRAINT uq_rev_opinion_request UNIQUE (request_id),
  CONSTRAINT fk_rev_opinion_request FOREIGN KEY (request_id) REFERENCES sx_rev_request (id)
);

CREATE TABLE sx_rev_finding (
  opinion_id    BIGINT        NOT NULL,
  item          VARCHAR(32)   NOT NULL,
  item_result   VARCHAR(16)   NOT NULL,
  comment_text  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (opinion_id, item),
  CONSTRAINT fk_rev_finding_opinion FOREIGN KEY (opinion_id) REFERENCES sx_rev_opinion (id)
);

CREATE TABLE sx_rev_discussion (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number      VARCHAR(64)   NOT NULL,
  proposal_id      BIGINT        NOT NULL,
  proposal_version INT           NOT NULL,
  proposal_sha256  CHAR(64)      NOT NULL,
  reason           VARCHAR(1000) NOT NULL,
  opened_by        VARCHAR(100)  NOT NULL,
  opened_at        DATETIME(3)   NOT NULL,
  chaired_by       VARCHAR(100),
  conclusion       VARCHAR(16),
  conclusion_text  VARCHAR(2000),
  concluded_by     VARCHAR(100),
  concluded_at     DATETIME(3),
  CONSTRAINT fk_rev_discussion_proposal FOREIGN KEY (proposal_id) REFERENCES sx_rev_proposal (id)
);
CREATE INDEX ix_rev_discussion_case ON sx_rev_discussion (case_number);

CREATE TABLE sx_rev_attendee (
  discussion_id BIGINT        NOT NULL,
  seq           INT           NOT NULL,
  name          VARCHAR(200)  NOT NULL,
  PRIMARY KEY (discussion_id, seq),
  CONSTRAINT fk_rev_attendee_discussion FOREIGN KEY (discussion_id) REFERENCES sx_rev_discussion (id)
);
