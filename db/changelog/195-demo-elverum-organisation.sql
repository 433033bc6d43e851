--liquibase formatted sql

-- The Elverum demo (./mvnw spring-boot:test-run -Dportal.demo.municipality=elverum, Liquibase context
-- "demo-elverum"): Elverum kommune's organisation, political bodies, demo users and the officials named in its
-- follow-up tables, from ../shared/domain/data/ (org_units.csv, political_bodies.csv, roles.csv) for seed 004
-- (Elverum Årsmelding 2025). It runs only in the Elverum demo's own database; the Røros demo (context "demo",
-- 009 and 190) never sees it, and this never sees those.
--
-- Ids as in 009 so the demo loaders can refer to them: 1 the municipality, 10-20 sektorer and staber, 100-199
-- enheter; users 1-8 the demo logins (same usernames and password "demo" as Røros), 100-108 officials.
-- Organisation: the sektorer, staber and NAV Elverum of the staffing table (org_units.csv, årsverk 31.12.25), and
-- under them the enheter the seed names with their sektor (org_units.csv, the supervision register, the text).
-- Left out: the tjenesteområder 6.1-6.13 (chapters of the annual report and budget, not line units), the
-- inter-municipal services Elverum does not host, and the avdelinger the seed names without a parent.
-- People: the demo logins are named as in roles.csv where it names the role (kommunedirektør Kristian Trengereid,
-- skolesjef Askild Bø, barnehagesjef Marianne Holm Midthun); the others are the same invented demo persons as in
-- Røros. Officials without a password cannot log in; the demo import links mandates to them by name.

--changeset portal:195-demo-elverum-organisation context:demo-elverum
-- org_units.csv (parent of every sektor and stab)
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (1, 0, NOW(6), 'demo', NOW(6), 'demo', 'Elverum kommune', NULL, 'MUNICIPALITY', NULL, TRUE);
-- org_units.csv, stab
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (10, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunedirektør inkludert Samfunnsutviklingsstaben', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, stab
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (11, 0, NOW(6), 'demo', NOW(6), 'demo', 'Personalstaben', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, stab
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (12, 0, NOW(6), 'demo', NOW(6), 'demo', 'Økonomistaben', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, stab
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (13, 0, NOW(6), 'demo', NOW(6), 'demo', 'Service- og IKT-staben', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, stab
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (14, 0, NOW(6), 'demo', NOW(6), 'demo', 'Eiendomsstaben', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, sektor
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (15, 0, NOW(6), 'demo', NOW(6), 'demo', 'Sektor for skole', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, sektor
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (16, 0, NOW(6), 'demo', NOW(6), 'demo', 'Sektor for barnehage', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, sektor
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (17, 0, NOW(6), 'demo', NOW(6), 'demo', 'Sektor for helse, mestring og omsorg', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, sektor
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (18, 0, NOW(6), 'demo', NOW(6), 'demo', 'Sektor for kultur', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, sektor
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (19, 0, NOW(6), 'demo', NOW(6), 'demo', 'Sektor for teknikk og miljø', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv, NAV-kontor in the staffing table beside the sektorer
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (20, 0, NOW(6), 'demo', NOW(6), 'demo', 'NAV Elverum', NULL, 'SERVICE_AREA', 1, TRUE);
-- org_units.csv
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (100, 0, NOW(6), 'demo', NOW(6), 'demo', 'Elverum læringscenter', NULL, 'UNIT', 15, TRUE);
-- org_units.csv
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (101, 0, NOW(6), 'demo', NOW(6), 'demo', 'Enhet for bosetting og introduksjon (BOI)', NULL, 'UNIT', 15, TRUE);
-- supervisions.csv ELV25-TS-08 (Sektor for skole)
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (102, 0, NOW(6), 'demo', NOW(6), 'demo', 'Hernes skole', NULL, 'UNIT', 15, TRUE);
-- supervisions.csv ELV25-TS-08 (Sektor for skole)
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (103, 0, NOW(6), 'demo', NOW(6), 'demo', 'Elverum ungdomsskole', NULL, 'UNIT', 15, TRUE);
-- decisions.csv ELV25-VF-12
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (104, 0, NOW(6), 'demo', NOW(6), 'demo', 'Sørskogbygda skole', NULL, 'UNIT', 15, TRUE);
-- seed 004 line 160
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (105, 0, NOW(6), 'demo', NOW(6), 'demo', 'Lillemoen skole', NULL, 'UNIT', 15, TRUE);
-- seed 004 line 482
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (106, 0, NOW(6), 'demo', NOW(6), 'demo', 'Søbakken skole', NULL, 'UNIT', 15, TRUE);
-- seed 004 line 138
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (110, 0, NOW(6), 'demo', NOW(6), 'demo', 'Søbakken barnehage', NULL, 'UNIT', 16, TRUE);
-- seed 004 line 138
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (111, 0, NOW(6), 'demo', NOW(6), 'demo', 'Stavåsbakken barnehage', NULL, 'UNIT', 16, TRUE);
-- org_units.csv
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (120, 0, NOW(6), 'demo', NOW(6), 'demo', 'Enhet for tilrettelagte tjenester', NULL, 'UNIT', 17, TRUE);
-- supervisions.csv ELV25-TS-03, -04
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (122, 0, NOW(6), 'demo', NOW(6), 'demo', 'Institusjonstjenesten', NULL, 'UNIT', 17, TRUE);
-- supervisions.csv ELV25-TS-06, -07
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (123, 0, NOW(6), 'demo', NOW(6), 'demo', 'Rus og psykisk helse', NULL, 'UNIT', 17, TRUE);
-- org_units.csv (Elverum er vertskommune), supervisions.csv ELV25-TS-02
INSERT INTO org_unit (id, version, created_at, created_by, modified_at, modified_by, name, code, type, parent_id, active) VALUES (124, 0, NOW(6), 'demo', NOW(6), 'demo', 'Elverum interkommunale legevakt', NULL, 'UNIT', 17, TRUE);

INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (1, 0, NOW(6), 'demo', NOW(6), 'demo', 'admin', 'Ada Administrator', 'Systemansvarlig', 'admin@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (1, 'ADMIN');
INSERT INTO user_unit (user_id, unit_id) VALUES (1, 13);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (2, 0, NOW(6), 'demo', NOW(6), 'demo', 'direktor', 'Kristian Trengereid', 'Kommunedirektør', 'direktor@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (2, 'MANAGEMENT');
INSERT INTO user_role (user_id, role) VALUES (2, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (2, 10);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (3, 0, NOW(6), 'demo', NOW(6), 'demo', 'leder', 'Askild Bø', 'Skolesjef', 'leder@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (3, 'LEADER');
INSERT INTO user_role (user_id, role) VALUES (3, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (3, 15);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (4, 0, NOW(6), 'demo', NOW(6), 'demo', 'leder2', 'Marianne Holm Midthun', 'Barnehagesjef', 'leder2@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (4, 'LEADER');
INSERT INTO user_role (user_id, role) VALUES (4, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (4, 16);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (5, 0, NOW(6), 'demo', NOW(6), 'demo', 'politiker', 'Ingrid Representant', 'Kommunestyrerepresentant', 'politiker@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (5, 'POLITICIAN');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (6, 0, NOW(6), 'demo', NOW(6), 'demo', 'kvalitet', 'Hanne Kvalitetsrådgiver', 'HR- og kvalitetsrådgiver', 'kvalitet@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (6, 'QUALITY');
INSERT INTO user_role (user_id, role) VALUES (6, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (6, 11);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (7, 0, NOW(6), 'demo', NOW(6), 'demo', 'ansatt', 'Emil Ansatt', 'Lærer', 'ansatt@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (7, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (7, 102);
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, job_title, email, password_hash, active) VALUES (8, 0, NOW(6), 'demo', NOW(6), 'demo', 'varsling', 'Vera Varselmottak', 'Varslingsmottak', 'varsling@elverum.example', '{bcrypt}$2a$12$iFPd9YeiJ4fXfUmRcoD.EO6138l66alV096Tqhm1i843HpYYG8FG6', TRUE);
INSERT INTO user_role (user_id, role) VALUES (8, 'WHISTLEBLOWING_RECEIVER');
INSERT INTO user_role (user_id, role) VALUES (8, 'EMPLOYEE');
INSERT INTO user_unit (user_id, unit_id) VALUES (8, 11);
UPDATE org_unit SET leader_id = 2 WHERE id IN (1, 10);
UPDATE org_unit SET leader_id = 3 WHERE id = 15;
UPDATE org_unit SET leader_id = 4 WHERE id = 16;

INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (100, 0, NOW(6), 'demo', NOW(6), 'demo', 'leiv.schulstad', 'Leiv Schulstad', TRUE);
INSERT INTO user_role (user_id, role) VALUES (100, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (101, 0, NOW(6), 'demo', NOW(6), 'demo', 'david.sande', 'David Sande', TRUE);
INSERT INTO user_role (user_id, role) VALUES (101, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (102, 0, NOW(6), 'demo', NOW(6), 'demo', 'line.m.rustad', 'Line M. Rustad', TRUE);
INSERT INTO user_role (user_id, role) VALUES (102, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (103, 0, NOW(6), 'demo', NOW(6), 'demo', 'kjell.karlsen', 'Kjell Karlsen', TRUE);
INSERT INTO user_role (user_id, role) VALUES (103, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (104, 0, NOW(6), 'demo', NOW(6), 'demo', 'lena.haugseth', 'Lena Haugseth', TRUE);
INSERT INTO user_role (user_id, role) VALUES (104, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (105, 0, NOW(6), 'demo', NOW(6), 'demo', 'aino.kristiansen', 'Aino Kristiansen', TRUE);
INSERT INTO user_role (user_id, role) VALUES (105, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (106, 0, NOW(6), 'demo', NOW(6), 'demo', 'rune.lochting', 'Rune Løchting', TRUE);
INSERT INTO user_role (user_id, role) VALUES (106, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (107, 0, NOW(6), 'demo', NOW(6), 'demo', 'kersti.grindalen', 'Kersti Grindalen', TRUE);
INSERT INTO user_role (user_id, role) VALUES (107, 'LEADER');
INSERT INTO user_account (id, version, created_at, created_by, modified_at, modified_by, username, full_name, active) VALUES (108, 0, NOW(6), 'demo', NOW(6), 'demo', 'may.borgan', 'May Borgan', TRUE);
INSERT INTO user_role (user_id, role) VALUES (108, 'LEADER');

-- political_bodies.csv, Elverum rows: "Kommunestyrekomiteene (helse og omsorg, utdanning, vekst og utvikling, plan
-- og eiendom)" is four committees. Revisjon Øst IKS is the external auditor, not a body of the municipality.
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (1, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunestyret', 'KS', 'COUNCIL', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (2, 0, NOW(6), 'demo', NOW(6), 'demo', 'Formannskapet', 'FSK', 'EXECUTIVE_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (3, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kontrollutvalget', 'KU', 'CONTROL_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (4, 0, NOW(6), 'demo', NOW(6), 'demo', 'Administrasjonsutvalget', 'ADM', 'JOINT_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (5, 0, NOW(6), 'demo', NOW(6), 'demo', 'Arbeidsmiljøutvalget', 'AMU', 'JOINT_COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (6, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunestyrekomité for helse og omsorg', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (7, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunestyrekomité for utdanning', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (8, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunestyrekomité for vekst og utvikling', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (9, 0, NOW(6), 'demo', NOW(6), 'demo', 'Kommunestyrekomité for plan og eiendom', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (10, 0, NOW(6), 'demo', NOW(6), 'demo', 'Utvalg for valgsaker', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (11, 0, NOW(6), 'demo', NOW(6), 'demo', 'Viltfaglig utvalg', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (12, 0, NOW(6), 'demo', NOW(6), 'demo', 'Skytebaneutvalg', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (13, 0, NOW(6), 'demo', NOW(6), 'demo', 'Trafikksikkerhetsutvalget', NULL, 'COMMITTEE', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (14, 0, NOW(6), 'demo', NOW(6), 'demo', 'Beredskapsrådet', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (15, 0, NOW(6), 'demo', NOW(6), 'demo', 'Eldrerådet', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (16, 0, NOW(6), 'demo', NOW(6), 'demo', 'Rådet for personer med funksjonsnedsettelse', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO political_body (id, version, created_at, created_by, modified_at, modified_by, name, short_name, type, municipality_id, active) VALUES (17, 0, NOW(6), 'demo', NOW(6), 'demo', 'Ungdomsrådet', NULL, 'COUNCIL_ADVISORY', 1, TRUE);
INSERT INTO body_membership (version, created_at, created_by, modified_at, modified_by, body_id, user_id, seat, from_date) VALUES (0, NOW(6), 'demo', NOW(6), 'demo', 1, 5, 'MEMBER', '2023-10-01');
INSERT INTO body_membership (version, created_at, created_by, modified_at, modified_by, body_id, user_id, seat, from_date) VALUES (0, NOW(6), 'demo', NOW(6), 'demo', 2, 5, 'MEMBER', '2023-10-01');
ALTER TABLE user_account AUTO_INCREMENT = 200;
ALTER TABLE org_unit AUTO_INCREMENT = 2000;
ALTER TABLE political_body AUTO_INCREMENT = 100;
