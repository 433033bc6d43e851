--liquibase formatted sql

-- Issue 11 item 12: a Nei or Delvis answer needs a planned action (tiltak) or an explicit reason why none is
-- needed before the checklist can be submitted. The reason is kept on the answer (and in its Envers history).

--changeset portal:210-checklist-answer-no-action-reason
ALTER TABLE checklist_answer ADD COLUMN no_action_reason TEXT NULL;
ALTER TABLE checklist_answer_aud ADD COLUMN no_action_reason TEXT NULL;
