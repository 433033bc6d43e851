--liquibase formatted sql

-- Demo municipality shaped like Røros kommune (../shared/domain/data/org_units.csv, political_bodies.csv).
-- Ids are fixed so that later demo changesets can refer to them: 1 municipality, 10-19 service areas,
-- 100-199 units (virksomheter), 1000+ departments; users 1-49 demo logins.

--changeset portal:009-demo-organisation context:demo
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1, 0, NOW(6), 'demo', NOW(6), 'demo', 'Røros kommune', NULL, 'MUNICIPALITY', NULL, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (10, 0, NOW(6), 'demo', NOW(6), 'demo', 'Stab og støtte', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (11, 0, NOW(6), 'demo', NOW(6), 'demo', 'Oppvekst', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (12, 0, NOW(6), 'demo', NOW(6), 'demo', 'Helse og omsorg', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (13, 0, NOW(6), 'demo', NOW(6), 'demo', 'Næring', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (14, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kultur', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (15, 0, NOW(6), 'demo', NOW(6), 'demo', 'Tekniske områder', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (16, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kirkelig administrasjon', NULL, 'SERVICE_AREA', 1, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (100, 0, NOW(6), 'demo', NOW(6), 'demo', 'Stab og støtte (sentraladministrasjonen)', NULL, 'UNIT', 10, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (101, 0, NOW(6), 'demo', NOW(6), 'demo', 'Skolene', '200', 'UNIT', 11, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (102, 0, NOW(6), 'demo', NOW(6), 'demo', 'Barnehagene', '230', 'UNIT', 11, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (103, 0, NOW(6), 'demo', NOW(6), 'demo', 'Røros lærings- og veiledningstjeneste', '250', 'UNIT', 11, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (104, 0, NOW(6), 'demo', NOW(6), 'demo', 'NAV', '350', 'UNIT', 11, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (105, 0, NOW(6), 'demo', NOW(6), 'demo', 'Barneverntjenesten', '360', 'UNIT', 11, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (106, 0, NOW(6), 'demo', NOW(6), 'demo', 'Institusjonsbaserte tjenester', '310', 'UNIT', 12, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (107, 0, NOW(6), 'demo', NOW(6), 'demo', 'Helse', '330', 'UNIT', 12, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (108, 0, NOW(6), 'demo', NOW(6), 'demo', 'Hjemmebaserte tjenester', '340', 'UNIT', 12, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (109, 0, NOW(6), 'demo', NOW(6), 'demo', 'Administrasjon, plan og landbruk', '600', 'UNIT', 15, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (110, 0, NOW(6), 'demo', NOW(6), 'demo', 'VAR - Selvkost', '610', 'UNIT', 15, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (111, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunalteknikk', '620', 'UNIT', 15, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (112, 0, NOW(6), 'demo', NOW(6), 'demo', 'Bygningsadministrasjon og drift', '630', 'UNIT', 15, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (113, 0, NOW(6), 'demo', NOW(6), 'demo', 'Brann', '640', 'UNIT', 15, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (114, 0, NOW(6), 'demo', NOW(6), 'demo', 'Virksomhet for kultur og fritid', NULL, 'UNIT', 14, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (115, 0, NOW(6), 'demo', NOW(6), 'demo', 'Næringsutvikling', NULL, 'UNIT', 13, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1000, 0, NOW(6), 'demo', NOW(6), 'demo', 'Røros skole', NULL, 'DEPARTMENT', 101, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1001, 0, NOW(6), 'demo', NOW(6), 'demo', 'Brekken oppvekst- og lokalsenter', NULL, 'DEPARTMENT', 101, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1002, 0, NOW(6), 'demo', NOW(6), 'demo', 'Glåmos oppvekstsenter', NULL, 'DEPARTMENT', 101, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1003, 0, NOW(6), 'demo', NOW(6), 'demo', 'SFO', NULL, 'DEPARTMENT', 101, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1010, 0, NOW(6), 'demo', NOW(6), 'demo', 'PPT', NULL, 'DEPARTMENT', 103, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1011, 0, NOW(6), 'demo', NOW(6), 'demo', 'Flyktningetjeneste', NULL, 'DEPARTMENT', 103, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1012, 0, NOW(6), 'demo', NOW(6), 'demo', 'Voksenopplæringssenter', NULL, 'DEPARTMENT', 103, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1020, 0, NOW(6), 'demo', NOW(6), 'demo', 'Øverhagan bo-, helse- og omsorgssenter', NULL, 'DEPARTMENT', 106, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1021, 0, NOW(6), 'demo', NOW(6), 'demo', 'Gjøsvika sykehjem', NULL, 'DEPARTMENT', 106, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1030, 0, NOW(6), 'demo', NOW(6), 'demo', 'Legesenter', NULL, 'DEPARTMENT', 107, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1031, 0, NOW(6), 'demo', NOW(6), 'demo', 'Helsestasjon', NULL, 'DEPARTMENT', 107, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1032, 0, NOW(6), 'demo', NOW(6), 'demo', 'Psykisk helse- og rustjeneste', NULL, 'DEPARTMENT', 107, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1040, 0, NOW(6), 'demo', NOW(6), 'demo', 'Hjemmetjenesten', NULL, 'DEPARTMENT', 108, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1041, 0, NOW(6), 'demo', NOW(6), 'demo', 'Tiltak for funksjonshemmede', NULL, 'DEPARTMENT', 108, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1042, 0, NOW(6), 'demo', NOW(6), 'demo', 'Dagsenter Øverhagan', NULL, 'DEPARTMENT', 108, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1050, 0, NOW(6), 'demo', NOW(6), 'demo', 'HR', NULL, 'DEPARTMENT', 100, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1051, 0, NOW(6), 'demo', NOW(6), 'demo', 'Økonomi', NULL, 'DEPARTMENT', 100, TRUE);
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1052, 0, NOW(6), 'demo', NOW(6), 'demo', 'IT', NULL, 'DEPARTMENT', 100, TRUE);

INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (1, 0, NOW(6), 'demo', NOW(6), 'demo', 'admin', 'Ada Administrator', 'Systemansvarlig', 'admin@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (1, 'ADMIN');
INSERT INTO user_unit (user_id, unit_id) VALUES (1, 1052);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (2, 0, NOW(6), 'demo', NOW(6), 'demo', 'direktor', 'Kjersti Forbord Jensås', 'Kommunedirektør', 'direktor@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (2, 'MANAGEMENT');
INSERT INTO user_role (user_id, role) VALUES (2, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (2, 100);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (3, 0, NOW(6), 'demo', NOW(6), 'demo', 'leder', 'Marit Trollerud', 'Kommunalsjef oppvekst', 'leder@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (3, 'LEADER');
INSERT INTO user_role (user_id, role) VALUES (3, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (3, 11);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (4, 0, NOW(6), 'demo', NOW(6), 'demo', 'leder2', 'Dag Øyen', 'Kommunalsjef tekniske områder', 'leder2@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (4, 'LEADER');
INSERT INTO user_role (user_id, role) VALUES (4, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (4, 15);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (5, 0, NOW(6), 'demo', NOW(6), 'demo', 'politiker', 'Ingrid Representant', 'Kommunestyrerepresentant', 'politiker@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (5, 'POLITICIAN');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (6, 0, NOW(6), 'demo', NOW(6), 'demo', 'kvalitet', 'Hanne Kvalitetsrådgiver', 'HR- og kvalitetsrådgiver', 'kvalitet@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (6, 'QUALITY');
INSERT INTO user_role (user_id, role) VALUES (6, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (6, 1050);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (7, 0, NOW(6), 'demo', NOW(6), 'demo', 'ansatt', 'Emil Ansatt', 'Lærer', 'ansatt@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (7, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (7, 1000);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (8, 0, NOW(6), 'demo', NOW(6), 'demo', 'varsling', 'Vera Varselmottak', 'Varslingsmottak', 'varsling@roros.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (8, 'WHISTLEBLOWING_RECEIVER');
INSERT INTO user_role (user_id, role) VALUES (8, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (8, 1050);
UPDATE org_unit SET leader_id = 2 WHERE id IN (1, 10, 100);
UPDATE org_unit SET leader_id = 3 WHERE id = 11;
UPDATE org_unit SET leader_id = 4 WHERE id = 15;

INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (1, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunestyret', 'KS', 'COUNCIL', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (2, 0, NOW(6), 'demo', NOW(6), 'demo', 'Formannskapet', 'FSK', 'EXECUTIVE_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (3, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kontrollutvalget', 'KU', 'CONTROL_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (4, 0, NOW(6), 'demo', NOW(6), 'demo', 'Utvalg for oppvekst', 'UO', 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (5, 0, NOW(6), 'demo', NOW(6), 'demo', 'Utvalg for helse og omsorg', 'UHO', 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (6, 0, NOW(6), 'demo', NOW(6), 'demo', 'Utvalg for kultur og samfunn', 'UKS', 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (7, 0, NOW(6), 'demo', NOW(6), 'demo', 'Administrasjonsutvalget', 'ADM', 'JOINT_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (8, 0, NOW(6), 'demo', NOW(6), 'demo', 'Arbeidsmiljøutvalget (AMU)', 'AMU', 'JOINT_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (9, 0, NOW(6), 'demo', NOW(6), 'demo', 'Eldrerådet', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (10, 0, NOW(6), 'demo', NOW(6), 'demo', 'Ungdomsråd', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (11, 0, NOW(6), 'demo', NOW(6), 'demo', 'Råd for personer med nedsatt funksjonsevne', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO body_membership (version, created_at, created_by, modified_at, modified_by, body_id, user_id, seat, from_date) VALUES (0, NOW(6), 'demo', NOW(6), 'demo', 1, 5, 'MEMBER', '2023-10-01');
INSERT INTO body_membership (version, created_at, created_by, modified_at, modified_by, body_id, user_id, seat, from_date) VALUES (0, NOW(6), 'demo', NOW(6), 'demo', 2, 5, 'MEMBER', '2023-10-01');
ALTER TABLE user_account AUTO_INCREMENT = 100;
ALTER TABLE org_unit AUTO_INCREMENT = 2000;
ALTER TABLE political_body AUTO_INCREMENT = 100;
