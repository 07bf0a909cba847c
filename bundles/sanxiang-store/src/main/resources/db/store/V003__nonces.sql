-- Nonces of accepted WS-Security tokens (重放防护), kept until they expire; shared by every hub node.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (DATETIME(3) in UTC).
CREATE TABLE sx_ws_nonce (
  user_name  VARCHAR(64)  NOT NULL,
  nonce      VARCHAR(128) NOT NULL,
  expires_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_ws_nonce PRIMARY KEY (user_name, nonce)
);
CREATE INDEX ix_ws_nonce_expires ON sx_ws_nonce (expires_at);
