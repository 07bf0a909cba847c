-- Outbound delivery (shared by the delivery adapters, one "channel" per receiver). Portable between
-- H2 2.x and MySQL 8 / MariaDB 10.11; DATETIME(3) holds UTC.

-- How far each channel has moved its source outbox to its queue (advanced with the enqueue bookkeeping).
CREATE TABLE sx_dlv_position (
  channel          VARCHAR(40)   NOT NULL PRIMARY KEY,
  last_id          BIGINT        NOT NULL,
  updated_at       DATETIME(3)   NOT NULL
);

-- One row per message a channel queued: its delivery state while it has no receipt.
CREATE TABLE sx_dlv_message (
  channel          VARCHAR(40)   NOT NULL,
  business_key     VARCHAR(200)  NOT NULL,
  source_id        BIGINT        NOT NULL,
  group_key        VARCHAR(200)  NOT NULL,
  version          INT           NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  summary          VARCHAR(500)  NOT NULL,
  state            VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL,
  replays          INT           NOT NULL,
  last_error       VARCHAR(1000),
  next_attempt_at  DATETIME(3),
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (channel, business_key)
);
CREATE INDEX ix_dlv_message_group ON sx_dlv_message (channel, group_key, source_id);
CREATE INDEX ix_dlv_message_source ON sx_dlv_message (channel, source_id);

-- The receiver's answer, written once per business key (the idempotent consumer's record): a message
-- whose key has a row here is never sent again.
CREATE TABLE sx_dlv_receipt (
  channel          VARCHAR(40)   NOT NULL,
  business_key     VARCHAR(200)  NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  receipt          VARCHAR(200),
  reason           VARCHAR(1000),
  answered_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (channel, business_key)
);
