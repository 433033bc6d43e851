--liquibase formatted sql

-- Issue 9, item 3. Until now the notice of a forwarded confidential deviation (personal_data) carried the
-- forwarding comment, and so did the mail made from it, which administrators read in the outbox (admin/e-post)
-- with no read-log entry. New notices carry only the number (deviations.notice.forwardedConfidential). Here the
-- notices already written get the same form, and the mails that carried such a comment are blanked.
-- The comment itself stays where it belongs: in the deviation's history (deviation_event), read under the log.

--changeset portal:411-confidential-forward-notices
UPDATE notification n JOIN deviation d ON n.dedupe_key LIKE CONCAT('deviation-', d.id, '-assigned-%')
    SET n.message_key = 'deviations.notice.forwardedConfidential', n.message_args = CAST(d.id AS CHAR)
    WHERE n.event_type = 'DEVIATION_FORWARDED' AND d.personal_data = TRUE;
UPDATE notification_aud n JOIN deviation d ON n.dedupe_key LIKE CONCAT('deviation-', d.id, '-assigned-%')
    SET n.message_key = 'deviations.notice.forwardedConfidential', n.message_args = CAST(d.id AS CHAR)
    WHERE n.event_type = 'DEVIATION_FORWARDED' AND d.personal_data = TRUE;

--changeset portal:411-confidential-forward-mails
-- A mail (single or digest) that contains the comment of a forwarding step of a confidential deviation loses its
-- whole text: a digest can mention several, and a subject may hold a cut-off part of the comment. The row stays,
-- so delivery can still be checked. LOCATE, not LIKE, so that % and _ in a comment are taken literally.
UPDATE mail_outbox o
    SET o.subject = 'Oppfølgingsportalen: innholdet er fjernet (fortrolig avvik)',
        o.body = 'Innholdet i denne e-posten er fjernet fordi den gjaldt et fortrolig avvik. Se varslene i portalen.'
    WHERE EXISTS (SELECT 1 FROM deviation_event e JOIN deviation d ON d.id = e.deviation_id
                  WHERE e.kind = 'FORWARDED' AND d.personal_data = TRUE AND e.comment IS NOT NULL
                        AND CHAR_LENGTH(e.comment) > 0 AND LOCATE(e.comment, o.body) > 0);
