--liquibase formatted sql

-- Issue 12: single sign-on (OpenID Connect). A portal account is linked to the identity provider's stable id of the
-- person (Entra ID's object id, or the issuer's subject), prefixed by the issuer; e-mail or UPN is used only for the
-- first link. Unique, so one person in the directory is one account in the portal.

--changeset portal:015-user-account-sso-subject
ALTER TABLE user_account ADD COLUMN sso_subject VARCHAR(255) NULL;
ALTER TABLE user_account ADD CONSTRAINT uq_user_account_sso_subject UNIQUE (sso_subject);
ALTER TABLE user_account_aud ADD COLUMN sso_subject VARCHAR(255) NULL;
CREATE INDEX ix_user_account_email ON user_account (email);
