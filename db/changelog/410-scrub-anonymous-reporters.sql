--liquibase formatted sql

-- Issue 9, item 1 (numbered after 400-notifications, whose tables it changes). Before the "acting as" mechanism
-- (base.ActingIdentity), an employee who reported anonymously while signed in, or who added information to an
-- anonymous case while signed in, was recorded by username in the case's audit columns, in the thread rows she
-- wrote, in the notices to the receivers, in their _aud rows and in the revinfo rows of those revisions. This changeset replaces her username by 'anonym' there.
--
-- Who the reporter was is read from the rows themselves, before anything is changed:
--   * the creator of an anonymous case (unless already 'anonym' or 'system'), and
--   * the writer of a REPORTER message in an anonymous case (receivers write RECEIVER messages).
-- Only those names, and only on rows belonging to that case, are replaced: a receiver's later status change
-- or answer keeps her name. Nothing is deleted. The helper tables are dropped at the end.

--changeset portal:410-scrub-anonymous-reporters
DROP TABLE IF EXISTS scrub_wb_reporter;
DROP TABLE IF EXISTS scrub_wb_notice;

CREATE TABLE scrub_wb_reporter (
    case_id BIGINT NOT NULL,
    username VARCHAR(100) NOT NULL,
    CONSTRAINT pk_scrub_wb_reporter PRIMARY KEY (case_id, username)
);
INSERT IGNORE INTO scrub_wb_reporter (case_id, username)
    SELECT c.id, c.created_by FROM wb_case c
    WHERE c.anonymous = TRUE AND c.created_by NOT IN ('anonym', 'system');
INSERT IGNORE INTO scrub_wb_reporter (case_id, username)
    SELECT m.case_id, m.created_by FROM wb_message m JOIN wb_case c ON c.id = m.case_id
    WHERE c.anonymous = TRUE AND m.author = 'REPORTER' AND m.created_by NOT IN ('anonym', 'system');
INSERT IGNORE INTO scrub_wb_reporter (case_id, username)
    SELECT a.case_id, a.created_by FROM wb_message_aud a JOIN wb_case c ON c.id = a.case_id
    WHERE c.anonymous = TRUE AND a.author = 'REPORTER' AND a.created_by NOT IN ('anonym', 'system');

-- The notices to the receivers about those cases: 'wb-new-<case>' and 'wb-message-<message>'.
CREATE TABLE scrub_wb_notice (
    notification_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    CONSTRAINT pk_scrub_wb_notice PRIMARY KEY (notification_id)
);
INSERT IGNORE INTO scrub_wb_notice (notification_id, case_id)
    SELECT n.id, c.id FROM notification n JOIN wb_case c ON n.dedupe_key = CONCAT('wb-new-', c.id)
    WHERE c.anonymous = TRUE;
INSERT IGNORE INTO scrub_wb_notice (notification_id, case_id)
    SELECT n.id, m.case_id FROM notification n JOIN wb_message m ON n.dedupe_key = CONCAT('wb-message-', m.id)
    JOIN wb_case c ON c.id = m.case_id
    WHERE c.anonymous = TRUE AND m.author = 'REPORTER';

-- Revisions first, while the _aud rows still show which revision was hers.
UPDATE revinfo r SET r.username = 'anonym'
    WHERE EXISTS (SELECT 1 FROM wb_case_aud a JOIN scrub_wb_reporter s ON s.case_id = a.id
                  WHERE a.rev = r.rev AND s.username = r.username);
UPDATE revinfo r SET r.username = 'anonym'
    WHERE EXISTS (SELECT 1 FROM wb_message_aud a JOIN scrub_wb_reporter s ON s.case_id = a.case_id
                  WHERE a.rev = r.rev AND a.author = 'REPORTER' AND s.username = r.username);
UPDATE revinfo r SET r.username = 'anonym'
    WHERE EXISTS (SELECT 1 FROM notification_aud a JOIN scrub_wb_notice t ON t.notification_id = a.id
                  JOIN scrub_wb_reporter s ON s.case_id = t.case_id
                  WHERE a.rev = r.rev AND s.username = r.username);

-- The cases and their history.
UPDATE wb_case c JOIN scrub_wb_reporter s ON s.case_id = c.id AND s.username = c.created_by
    SET c.created_by = 'anonym';
UPDATE wb_case c JOIN scrub_wb_reporter s ON s.case_id = c.id AND s.username = c.modified_by
    SET c.modified_by = 'anonym';
UPDATE wb_case c SET c.reporter_username = NULL, c.reporter_name = NULL, c.reporter_contact = NULL
    WHERE c.anonymous = TRUE;
UPDATE wb_case_aud a JOIN scrub_wb_reporter s ON s.case_id = a.id AND s.username = a.created_by
    SET a.created_by = 'anonym';
UPDATE wb_case_aud a JOIN scrub_wb_reporter s ON s.case_id = a.id AND s.username = a.modified_by
    SET a.modified_by = 'anonym';
UPDATE wb_case_aud a JOIN wb_case c ON c.id = a.id
    SET a.reporter_username = NULL, a.reporter_name = NULL, a.reporter_contact = NULL
    WHERE c.anonymous = TRUE;

-- What the reporter wrote in her thread.
UPDATE wb_message m JOIN wb_case c ON c.id = m.case_id
    SET m.created_by = 'anonym', m.modified_by = 'anonym'
    WHERE c.anonymous = TRUE AND m.author = 'REPORTER';
UPDATE wb_message_aud a JOIN wb_case c ON c.id = a.case_id
    SET a.created_by = 'anonym', a.modified_by = 'anonym'
    WHERE c.anonymous = TRUE AND a.author = 'REPORTER';

-- The notices: written in her request (created_by); modified_by later names the receiver who read it.
UPDATE notification n JOIN scrub_wb_notice t ON t.notification_id = n.id
    JOIN scrub_wb_reporter s ON s.case_id = t.case_id AND s.username = n.created_by
    SET n.created_by = 'anonym';
UPDATE notification n JOIN scrub_wb_notice t ON t.notification_id = n.id
    JOIN scrub_wb_reporter s ON s.case_id = t.case_id AND s.username = n.modified_by
    SET n.modified_by = 'anonym';
UPDATE notification_aud a JOIN scrub_wb_notice t ON t.notification_id = a.id
    JOIN scrub_wb_reporter s ON s.case_id = t.case_id AND s.username = a.created_by
    SET a.created_by = 'anonym';
UPDATE notification_aud a JOIN scrub_wb_notice t ON t.notification_id = a.id
    JOIN scrub_wb_reporter s ON s.case_id = t.case_id AND s.username = a.modified_by
    SET a.modified_by = 'anonym';

DROP TABLE scrub_wb_reporter;
DROP TABLE scrub_wb_notice;
