--liquibase formatted sql

-- Political decisions, their mandates (oppdrag), follow-up history, reporting periods and snapshots.

--changeset portal:100-decision-status-label
CREATE TABLE decision_status_label (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    label VARCHAR(100) NOT NULL,
    state VARCHAR(20) NOT NULL,
    sort_order INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_decision_status_label PRIMARY KEY (id),
    CONSTRAINT uq_decision_status_label UNIQUE (label)
);
CREATE TABLE decision_status_label_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    label VARCHAR(100),
    state VARCHAR(20),
    sort_order INT,
    active BOOLEAN,
    CONSTRAINT pk_decision_status_label_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_decision_status_label_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:100-decision
CREATE TABLE decision (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    body_id BIGINT NOT NULL,
    meeting_date DATE,
    decision_year INT NOT NULL,
    case_numbers VARCHAR(200),
    archive_reference VARCHAR(40),
    title VARCHAR(500) NOT NULL,
    decision_text TEXT,
    kind VARCHAR(30) NOT NULL,
    source_key VARCHAR(200),
    CONSTRAINT pk_decision PRIMARY KEY (id),
    CONSTRAINT fk_decision_body FOREIGN KEY (body_id) REFERENCES political_body (id),
    CONSTRAINT uq_decision_source_key UNIQUE (source_key)
);
CREATE TABLE decision_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    body_id BIGINT,
    meeting_date DATE,
    decision_year INT,
    case_numbers VARCHAR(200),
    archive_reference VARCHAR(40),
    title VARCHAR(500),
    decision_text TEXT,
    kind VARCHAR(30),
    source_key VARCHAR(200),
    CONSTRAINT pk_decision_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_decision_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:100-reporting-period
CREATE TABLE reporting_period (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    period_type VARCHAR(20) NOT NULL,
    period_year INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    closed_at DATETIME(6),
    CONSTRAINT pk_reporting_period PRIMARY KEY (id),
    CONSTRAINT uq_reporting_period UNIQUE (period_type, period_year)
);
CREATE TABLE reporting_period_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    period_type VARCHAR(20),
    period_year INT,
    name VARCHAR(100),
    opened_at DATETIME(6),
    closed_at DATETIME(6),
    CONSTRAINT pk_reporting_period_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_reporting_period_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:100-mandate
CREATE TABLE mandate (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    decision_id BIGINT NOT NULL,
    item_ref VARCHAR(200),
    title VARCHAR(500) NOT NULL,
    description TEXT,
    deadline DATE,
    deadline_text VARCHAR(200),
    owner_id BIGINT,
    responsible_text VARCHAR(500),
    unit_id BIGINT,
    status_id BIGINT NOT NULL,
    status_text TEXT,
    status_updated_at DATETIME(6),
    done_proposed BOOLEAN NOT NULL DEFAULT FALSE,
    source_key VARCHAR(200),
    CONSTRAINT pk_mandate PRIMARY KEY (id),
    CONSTRAINT fk_mandate_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_mandate_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT fk_mandate_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_mandate_status FOREIGN KEY (status_id) REFERENCES decision_status_label (id),
    CONSTRAINT uq_mandate_source_key UNIQUE (source_key)
);
CREATE TABLE mandate_responsible (
    mandate_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    CONSTRAINT pk_mandate_responsible PRIMARY KEY (mandate_id, user_id),
    CONSTRAINT fk_mandate_responsible_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
    CONSTRAINT fk_mandate_responsible_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_mandate_responsible_user ON mandate_responsible (user_id);
CREATE TABLE mandate_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    decision_id BIGINT,
    item_ref VARCHAR(200),
    title VARCHAR(500),
    description TEXT,
    deadline DATE,
    deadline_text VARCHAR(200),
    owner_id BIGINT,
    responsible_text VARCHAR(500),
    unit_id BIGINT,
    status_id BIGINT,
    status_text TEXT,
    status_updated_at DATETIME(6),
    done_proposed BOOLEAN,
    source_key VARCHAR(200),
    CONSTRAINT pk_mandate_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_mandate_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE mandate_responsible_aud (
    rev INT NOT NULL,
    revtype TINYINT,
    mandate_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    CONSTRAINT pk_mandate_responsible_aud PRIMARY KEY (rev, mandate_id, user_id),
    CONSTRAINT fk_mandate_responsible_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:100-mandate-event
CREATE TABLE mandate_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    mandate_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    from_status VARCHAR(100),
    to_status VARCHAR(100),
    status_text TEXT,
    comment TEXT,
    period_id BIGINT,
    CONSTRAINT pk_mandate_event PRIMARY KEY (id),
    CONSTRAINT fk_mandate_event_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
    CONSTRAINT fk_mandate_event_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
);
CREATE TABLE mandate_event_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    mandate_id BIGINT,
    kind VARCHAR(20),
    from_status VARCHAR(100),
    to_status VARCHAR(100),
    status_text TEXT,
    comment TEXT,
    period_id BIGINT,
    CONSTRAINT pk_mandate_event_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_mandate_event_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:100-period-snapshot
CREATE TABLE period_snapshot (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    period_id BIGINT NOT NULL,
    mandate_id BIGINT NOT NULL,
    status_label VARCHAR(100) NOT NULL,
    state VARCHAR(20) NOT NULL,
    status_text TEXT,
    CONSTRAINT pk_period_snapshot PRIMARY KEY (id),
    CONSTRAINT fk_period_snapshot_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_period_snapshot_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
    CONSTRAINT uq_period_snapshot UNIQUE (period_id, mandate_id)
);
CREATE TABLE period_snapshot_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    period_id BIGINT,
    mandate_id BIGINT,
    status_label VARCHAR(100),
    state VARCHAR(20),
    status_text TEXT,
    CONSTRAINT pk_period_snapshot_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_period_snapshot_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:100-indexes
CREATE INDEX ix_decision_body_year ON decision (body_id, decision_year);
CREATE INDEX ix_decision_year ON decision (decision_year);
CREATE INDEX ix_mandate_decision ON mandate (decision_id);
CREATE INDEX ix_mandate_status_deadline ON mandate (status_id, deadline);
CREATE INDEX ix_mandate_deadline ON mandate (deadline);
CREATE INDEX ix_mandate_unit ON mandate (unit_id);
CREATE INDEX ix_mandate_owner ON mandate (owner_id);
CREATE INDEX ix_mandate_status_updated ON mandate (status_updated_at);
CREATE INDEX ix_mandate_title ON mandate (title(100));
CREATE INDEX ix_mandate_event_mandate ON mandate_event (mandate_id, created_at);

--changeset portal:100-status-labels
-- Reference data: the status vocabulary of the seeds (status_vocabulary.csv), each over a fixed state.
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'Ikke startet', 'OPEN', 10, TRUE);
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'Startet', 'ON_TRACK', 20, TRUE);
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'I arbeid', 'ON_TRACK', 30, TRUE);
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'Iht. plan', 'ON_TRACK', 40, TRUE);
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'Forsinket', 'DELAYED', 50, TRUE);
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'Ferdig', 'DONE', 60, TRUE);
INSERT INTO decision_status_label (version, created_at, created_by, modified_at, modified_by, label, state, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'Bortfalt', 'CANCELLED', 70, TRUE);
