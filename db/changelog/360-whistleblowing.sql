--liquibase formatted sql

-- The sealed whistleblowing channel (varsling): cases and their threads. The receipt code is stored only as
-- an HMAC (receipt_hash); anonymous cases hold no username, name or address.

--changeset portal:360-wb-case
CREATE TABLE wb_case (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    receipt_hash VARCHAR(64) NOT NULL,
    channel VARCHAR(20) NOT NULL,
    anonymous BOOLEAN NOT NULL,
    reporter_username VARCHAR(100),
    reporter_name VARCHAR(200),
    reporter_contact VARCHAR(254),
    subject VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    occurred_on DATE,
    concerns VARCHAR(200),
    status VARCHAR(20) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    received_year INT NOT NULL,
    CONSTRAINT pk_wb_case PRIMARY KEY (id),
    CONSTRAINT uq_wb_case_receipt UNIQUE (receipt_hash)
);
CREATE INDEX ix_wb_case_received ON wb_case (received_at, id);
CREATE INDEX ix_wb_case_year ON wb_case (received_year, status);
CREATE TABLE wb_case_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    receipt_hash VARCHAR(64),
    channel VARCHAR(20),
    anonymous BOOLEAN,
    reporter_username VARCHAR(100),
    reporter_name VARCHAR(200),
    reporter_contact VARCHAR(254),
    subject VARCHAR(200),
    description TEXT,
    occurred_on DATE,
    concerns VARCHAR(200),
    status VARCHAR(20),
    received_at DATETIME(6),
    received_year INT,
    CONSTRAINT pk_wb_case_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_wb_case_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:360-wb-message
CREATE TABLE wb_message (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    case_id BIGINT NOT NULL,
    author VARCHAR(20) NOT NULL,
    visible_to_reporter BOOLEAN NOT NULL,
    body TEXT,
    from_status VARCHAR(20),
    to_status VARCHAR(20),
    CONSTRAINT pk_wb_message PRIMARY KEY (id),
    CONSTRAINT fk_wb_message_case FOREIGN KEY (case_id) REFERENCES wb_case (id)
);
CREATE INDEX ix_wb_message_thread ON wb_message (case_id, created_at, id);
CREATE TABLE wb_message_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    case_id BIGINT,
    author VARCHAR(20),
    visible_to_reporter BOOLEAN,
    body TEXT,
    from_status VARCHAR(20),
    to_status VARCHAR(20),
    CONSTRAINT pk_wb_message_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_wb_message_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
