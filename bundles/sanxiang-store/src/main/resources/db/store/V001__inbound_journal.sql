-- Inbound journal (接收日志): one row per message accepted from an outside party.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (DATETIME(3) in UTC; the database uses utf8mb4).
CREATE TABLE sx_inbound_journal (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  source         VARCHAR(64)  NOT NULL,
  message_id     VARCHAR(128) NOT NULL,
  received_at    DATETIME(3)  NOT NULL,
  payload_sha256 CHAR(64)     NOT NULL,
  payload_size   BIGINT       NOT NULL,
  outcome        VARCHAR(32)  NOT NULL,
  recorded_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uq_inbound_journal_message UNIQUE (source, message_id)
);
CREATE INDEX ix_inbound_journal_received ON sx_inbound_journal (received_at);
