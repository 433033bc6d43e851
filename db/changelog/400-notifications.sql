--liquibase formatted sql

--changeset portal:400-notification
CREATE TABLE notification (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    recipient VARCHAR(100) NOT NULL,
    event_type VARCHAR(60) NOT NULL,
    dedupe_key VARCHAR(200) NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    message_args VARCHAR(2000),
    link VARCHAR(300),
    read_at DATETIME(6),
    emailed_at DATETIME(6),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_recipient_dedupe UNIQUE (recipient, dedupe_key)
);
CREATE INDEX ix_notification_recipient_created ON notification (recipient, created_at);

CREATE TABLE notification_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    recipient VARCHAR(100),
    event_type VARCHAR(60),
    dedupe_key VARCHAR(200),
    message_key VARCHAR(120),
    message_args VARCHAR(2000),
    link VARCHAR(300),
    read_at DATETIME(6),
    emailed_at DATETIME(6),
    CONSTRAINT pk_notification_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_notification_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
