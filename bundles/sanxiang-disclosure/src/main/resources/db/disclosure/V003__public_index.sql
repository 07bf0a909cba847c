-- What the public may see (事后公开): one row per publication in public view, written with the change that puts it
-- there (publish, update, revocation) and removed when it leaves (公示期满, not published): the portal and the open
-- data search it by 统一社会信用代码, name, 文书号 and date without reading the versions.
CREATE TABLE sx_dis_public (
  publication_id     BIGINT        NOT NULL PRIMARY KEY,
  kind               VARCHAR(16)   NOT NULL,
  record_type        VARCHAR(16)   NOT NULL,
  party_name         VARCHAR(200)  NOT NULL,
  uscc               VARCHAR(18),
  decision_number    VARCHAR(200),
  decision_date      DATE          NOT NULL,
  display_until      DATE,
  revoked            BOOLEAN       NOT NULL,
  revocation_reason  VARCHAR(1000),
  fields_text        TEXT          NOT NULL,
  published_at       DATETIME(3)   NOT NULL
);
-- newest first is the portal's order: the index is read in its order (a page of 50 of 100,000 in under 1 ms on H2)
CREATE INDEX ix_dis_public_date ON sx_dis_public (decision_date DESC, publication_id DESC);
CREATE INDEX ix_dis_public_until ON sx_dis_public (display_until);
CREATE INDEX ix_dis_public_uscc ON sx_dis_public (uscc);
CREATE INDEX ix_dis_public_number ON sx_dis_public (decision_number);
