-- The officer who decided a permit application (审批结果): the certificate check (持证上岗, R-D4) is made against
-- this officer on the decision day. Null for the other steps and for decisions recorded before this column.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
ALTER TABLE sx_app_step ADD COLUMN decided_by VARCHAR(32);
