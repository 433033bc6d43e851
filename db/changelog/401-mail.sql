--liquibase formatted sql

--changeset portal:401-notification-mail-claim
-- A dispatcher claims pending notifications with one UPDATE (mail_claim = a fresh token, emailed_at = now
-- WHERE emailed_at IS NULL); only rows it claimed are mailed, so two nodes or two runs never mail twice.
ALTER TABLE notification ADD COLUMN mail_claim VARCHAR(36);
ALTER TABLE notification_aud ADD COLUMN mail_claim VARCHAR(36);
CREATE INDEX ix_notification_pending_mail ON notification (emailed_at, recipient);
CREATE INDEX ix_notification_mail_claim ON notification (mail_claim);

--changeset portal:401-notification-setting
CREATE TABLE notification_setting (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    username VARCHAR(100) NOT NULL,
    mail_mode VARCHAR(20) NOT NULL,
    CONSTRAINT pk_notification_setting PRIMARY KEY (id),
    CONSTRAINT uq_notification_setting_username UNIQUE (username)
);
CREATE TABLE notification_setting_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    username VARCHAR(100),
    mail_mode VARCHAR(20),
    CONSTRAINT pk_notification_setting_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_notification_setting_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:401-mail-outbox
-- Every mail the portal sent or would have sent (mail switched off, no address, SMTP failure): the record
-- administrators read to see what went out. Append-only.
CREATE TABLE mail_outbox (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    recipient VARCHAR(100) NOT NULL,
    address VARCHAR(200),
    subject VARCHAR(300) NOT NULL,
    body TEXT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    error VARCHAR(500),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id)
);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient, created_at);
