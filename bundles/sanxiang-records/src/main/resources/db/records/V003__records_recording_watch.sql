-- The expected-recording watch (音像记录到达监控, R-R3, R-R4): one alert per stage entry (transition) and
-- activity whose recording had not been linked to the case within the upload time limit; cleared when it is.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE TABLE sx_rec_recording_alert (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number    VARCHAR(64)  NOT NULL,
  transition_id  BIGINT       NOT NULL,
  stage          VARCHAR(16)  NOT NULL,
  activity       VARCHAR(32)  NOT NULL,
  requirement    VARCHAR(16)  NOT NULL,
  expected_since DATETIME(3)  NOT NULL,
  due_at         DATETIME(3)  NOT NULL,
  raised_at      DATETIME(3)  NOT NULL,
  cleared_at     DATETIME(3),
  cleared_reason VARCHAR(300),
  CONSTRAINT uq_rec_recording_alert UNIQUE (transition_id, activity)
);
CREATE INDEX ix_rec_recording_alert_case ON sx_rec_recording_alert (case_number);
CREATE INDEX ix_rec_recording_alert_open ON sx_rec_recording_alert (cleared_at);
