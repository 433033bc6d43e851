--liquibase formatted sql

-- Corrections of a registered decision or mandate (wrong owner, deadline, text, case number...): one row
-- per changed field with old and new value, who (username and full name at the time) and the reason.

--changeset portal:120-decision-correction
CREATE TABLE decision_correction (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    decision_id BIGINT NOT NULL,
    mandate_id BIGINT,
    field VARCHAR(40) NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT,
    corrected_by_name VARCHAR(200),
    CONSTRAINT pk_decision_correction PRIMARY KEY (id),
    CONSTRAINT fk_decision_correction_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_decision_correction_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id)
);
CREATE INDEX ix_decision_correction_decision ON decision_correction (decision_id, created_at);
CREATE INDEX ix_decision_correction_mandate ON decision_correction (mandate_id, created_at);
CREATE TABLE decision_correction_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    decision_id BIGINT,
    mandate_id BIGINT,
    field VARCHAR(40),
    old_value TEXT,
    new_value TEXT,
    reason TEXT,
    corrected_by_name VARCHAR(200),
    CONSTRAINT pk_decision_correction_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_decision_correction_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
