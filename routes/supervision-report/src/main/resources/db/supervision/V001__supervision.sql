-- Supervision office adapter: its outbox (one row per message to deliver, written when its event is told;
-- delivery, receipts and dead letters are the shared outbound-delivery machinery's) and the ledger
-- checkpoints made. Portable between H2 2.x and MySQL 8 / MariaDB 10.11; DATETIME(3) holds UTC.
CREATE TABLE sx_sup_message (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  business_key     VARCHAR(200)  NOT NULL,
  version          INT           NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  summary          VARCHAR(500)  NOT NULL,
  body             TEXT          NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uq_sup_message UNIQUE (business_key, version)
);

CREATE TABLE sx_sup_checkpoint (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tree_size        BIGINT        NOT NULL,
  root_hash        CHAR(64)      NOT NULL,
  signed_at        DATETIME(3)   NOT NULL,
  key_id           CHAR(64)      NOT NULL,
  previous_size    BIGINT,
  business_key     VARCHAR(200)  NOT NULL,
  created_at       DATETIME(3)   NOT NULL
);

-- Delivery bookkeeping: how far the outbox has been moved to the queue, and what the office answered
-- (idempotent consumer: a message whose key and version has a receipt is never sent again).
CREATE TABLE sx_sup_position (
  queue_name       VARCHAR(100)  NOT NULL PRIMARY KEY,
  last_id          BIGINT        NOT NULL,
  updated_at       DATETIME(3)   NOT NULL
);

CREATE TABLE sx_sup_receipt (
  business_key     VARCHAR(200)  NOT NULL,
  version          INT           NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  receipt_id       VARCHAR(200),
  reason           VARCHAR(1000),
  answered_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (business_key, version)
);
