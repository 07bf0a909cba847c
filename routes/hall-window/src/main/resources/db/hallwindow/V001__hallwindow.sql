-- Hall-window adapter: information screens registered for register-change pushes, and the pushes they
-- acknowledged (the idempotent receiver's memory). Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
CREATE TABLE sx_hall_screen (
  screen_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  callback_url   VARCHAR(500) NOT NULL,
  registers      VARCHAR(200) NOT NULL,
  registered_by  VARCHAR(100) NOT NULL,
  registered_at  DATETIME(3)  NOT NULL
);

CREATE TABLE sx_hall_push (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  delivery_id     VARCHAR(64)  NOT NULL,
  screen_id       VARCHAR(64)  NOT NULL,
  register_type   VARCHAR(32)  NOT NULL,
  entry_key       VARCHAR(200) NOT NULL,
  entry_version   INT          NOT NULL,
  acknowledged_at DATETIME(3)  NOT NULL,
  CONSTRAINT uq_hall_push_delivery UNIQUE (delivery_id)
);
