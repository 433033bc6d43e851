--liquibase formatted sql

--changeset portal:110-mandate-due-date
-- One definition of "delayed" (issue 11 item 2), kept as columns the database can index. The portal's Java
-- resolver (DeadlineResolver) fills them on every save of a mandate; rows that exist before this changeset are
-- marked with attention_order = -1 and computed once at the next start (MandateDueDates).
--   due_date        the deadline as a date: the date field, or the last day of the period the text names
--   deadline_unclear the text names no date ("frist uklar")
--   delayed_since   first day the mandate counts as delayed (explicit status Forsinket: 1970-01-01;
--                   open past its due date: the day after it); NULL when it cannot be delayed (closed, no date).
--                   "delayed today" is then the one range condition delayed_since <= today.
--   attention_order the default order of the lists: reported delayed, open by due date, open without a date, closed
-- Not audited: they are derived from audited fields.
ALTER TABLE mandate ADD COLUMN due_date DATE;
ALTER TABLE mandate ADD COLUMN deadline_unclear BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE mandate ADD COLUMN delayed_since DATE;
ALTER TABLE mandate ADD COLUMN attention_order BIGINT NOT NULL DEFAULT -1;
CREATE INDEX ix_mandate_delayed_since ON mandate (delayed_since);
CREATE INDEX ix_mandate_due_date ON mandate (due_date);
CREATE INDEX ix_mandate_attention ON mandate (attention_order, id);
CREATE INDEX ix_mandate_deadline_unclear ON mandate (deadline_unclear);

--changeset portal:110-mandate-origin
-- Where a mandate comes from (issue 11 item 11): the original decision's date, year, body and first case number,
-- kept on the mandate so a later correction of the decision, or a decision re-adopted years later, does not
-- hide that the mandate has been open since, say, 2014.
ALTER TABLE mandate ADD COLUMN origin_date DATE;
ALTER TABLE mandate ADD COLUMN origin_year INT;
ALTER TABLE mandate ADD COLUMN origin_case VARCHAR(100);
ALTER TABLE mandate ADD COLUMN origin_body_id BIGINT;
ALTER TABLE mandate ADD CONSTRAINT fk_mandate_origin_body FOREIGN KEY (origin_body_id) REFERENCES political_body (id);
CREATE INDEX ix_mandate_origin_year ON mandate (origin_year);
ALTER TABLE mandate_aud ADD COLUMN origin_date DATE;
ALTER TABLE mandate_aud ADD COLUMN origin_year INT;
ALTER TABLE mandate_aud ADD COLUMN origin_case VARCHAR(100);
ALTER TABLE mandate_aud ADD COLUMN origin_body_id BIGINT;
UPDATE mandate m JOIN decision d ON d.id = m.decision_id
   SET m.origin_date = d.meeting_date,
       m.origin_year = d.decision_year,
       m.origin_body_id = d.body_id,
       m.origin_case = NULLIF(LEFT(TRIM(SUBSTRING_INDEX(d.case_numbers, ';', 1)), 100), '');
