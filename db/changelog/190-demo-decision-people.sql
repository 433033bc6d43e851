--liquibase formatted sql

-- Demo: the officials named as responsible in the seeds' follow-up tables (decisions.csv), as
-- accounts without password (they cannot log in), so the demo import can link mandates to them.

--changeset portal:190-demo-decision-people context:demo
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (100, 0, NOW(6), 'demo', NOW(6), 'demo', 'leiv.schulstad', 'Leiv Schulstad', TRUE);
INSERT INTO user_role (user_id, role) VALUES (100, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (101, 0, NOW(6), 'demo', NOW(6), 'demo', 'david.sande', 'David Sande', TRUE);
INSERT INTO user_role (user_id, role) VALUES (101, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (102, 0, NOW(6), 'demo', NOW(6), 'demo', 'line.m..rustad', 'Line M. Rustad', TRUE);
INSERT INTO user_role (user_id, role) VALUES (102, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (103, 0, NOW(6), 'demo', NOW(6), 'demo', 'kristian.trengereid', 'Kristian Trengereid', TRUE);
INSERT INTO user_role (user_id, role) VALUES (103, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (104, 0, NOW(6), 'demo', NOW(6), 'demo', 'kjell.karlsen', 'Kjell Karlsen', TRUE);
INSERT INTO user_role (user_id, role) VALUES (104, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (105, 0, NOW(6), 'demo', NOW(6), 'demo', 'lena.haugseth', 'Lena Haugseth', TRUE);
INSERT INTO user_role (user_id, role) VALUES (105, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (106, 0, NOW(6), 'demo', NOW(6), 'demo', 'aino.kristiansen', 'Aino Kristiansen', TRUE);
INSERT INTO user_role (user_id, role) VALUES (106, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (107, 0, NOW(6), 'demo', NOW(6), 'demo', 'askild.bo', 'Askild Bø', TRUE);
INSERT INTO user_role (user_id, role) VALUES (107, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (108, 0, NOW(6), 'demo', NOW(6), 'demo', 'rune.lochting', 'Rune Løchting', TRUE);
INSERT INTO user_role (user_id, role) VALUES (108, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (109, 0, NOW(6), 'demo', NOW(6), 'demo', 'kersti.grindalen', 'Kersti Grindalen', TRUE);
INSERT INTO user_role (user_id, role) VALUES (109, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (110, 0, NOW(6), 'demo', NOW(6), 'demo', 'may.borgan', 'May Borgan', TRUE);
INSERT INTO user_role (user_id, role) VALUES (110, 'LEADER');
ALTER TABLE user_account AUTO_INCREMENT = 200;
