-- Tamper-evident ledger (防篡改账本): RFC 6962 leaves and signed tree heads. Append-only: the hub's
-- code never updates or deletes a row of these tables. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE TABLE ledger_entry (
  idx            BIGINT       NOT NULL,
  appended_at_ms BIGINT       NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  subject_ref    VARCHAR(200) NOT NULL,
  actor          VARCHAR(100) NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  leaf_hash      CHAR(64)     NOT NULL,
  CONSTRAINT pk_ledger_entry PRIMARY KEY (idx)
);
CREATE INDEX ix_ledger_entry_subject ON ledger_entry (subject_ref, idx);
CREATE TABLE ledger_tree_head (
  tree_size    BIGINT       NOT NULL,
  root_hash    CHAR(64)     NOT NULL,
  signed_at_ms BIGINT       NOT NULL,
  key_id       CHAR(64)     NOT NULL,
  signature    VARCHAR(256) NOT NULL,
  CONSTRAINT pk_ledger_tree_head PRIMARY KEY (tree_size)
);
