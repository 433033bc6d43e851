--liquibase formatted sql

-- The Røros demo (context "demo") got the officials named in Elverum's follow-up tables from 190, when both
-- municipalities' decisions were loaded into one demo organisation. Elverum now has its own demo (195, context
-- "demo-elverum"), so in Røros they are closed like any account that leaves (never deleted: an older demo database
-- may still link mandates to them). 190 stays as it shipped.

--changeset portal:196-demo-roros-without-elverum-officials context:demo
UPDATE user_account SET active = FALSE, version = version + 1, modified_at = NOW(6), modified_by = 'demo'
WHERE id BETWEEN 100 AND 110 AND password_hash IS NULL AND created_by = 'demo';
