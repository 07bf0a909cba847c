-- Enforcement service: the writes callers made, by client and request id (幂等), with the first answer.
-- PENDING while the write runs; DONE with the marshalled answer once it returned. A refused or failed write leaves
-- no row, so that a retry is evaluated again.
CREATE TABLE sx_enf_request (
  client          VARCHAR(64)   NOT NULL,
  request_id      VARCHAR(64)   NOT NULL,
  operation       VARCHAR(64)   NOT NULL,
  request_sha256  VARCHAR(64)   NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  response_xml    LONGTEXT,
  started_at      DATETIME(3)   NOT NULL,
  completed_at    DATETIME(3),
  PRIMARY KEY (client, request_id)
);
