-- 双随机一公开: recorded draws (inputs and seed, so anyone can re-run them) and their results.
CREATE TABLE sx_dis_draw (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_text            TEXT          NOT NULL,
  seed                 VARCHAR(200)  NOT NULL,
  inputs_text          TEXT          NOT NULL,
  result_text          TEXT          NOT NULL,
  sha256               CHAR(64)      NOT NULL,
  drawn_by             VARCHAR(100)  NOT NULL,
  drawn_at             DATETIME(3)   NOT NULL,
  inspection_end       DATE,
  results_due          DATE,
  results_text         TEXT,
  results_by           VARCHAR(100),
  results_at           DATETIME(3),
  results_published_at DATETIME(3)
);
