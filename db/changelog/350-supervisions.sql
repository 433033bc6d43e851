--liquibase formatted sql

-- Supervisions and audits (tilsyn og revisjoner) with their follow-up history.

--changeset portal:350-supervision
CREATE TABLE supervision (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    source_key VARCHAR(100),
    municipality VARCHAR(200),
    report_year INT NOT NULL,
    sector VARCHAR(200) NOT NULL,
    unit_id BIGINT,
    authority VARCHAR(200),
    supervision_type VARCHAR(200),
    subject VARCHAR(500) NOT NULL,
    findings TEXT,
    deadline DATE,
    deadline_text VARCHAR(200),
    measures TEXT,
    status VARCHAR(20) NOT NULL,
    status_text TEXT,
    opened_on DATE,
    dates_text VARCHAR(200),
    related_case VARCHAR(500),
    notes TEXT,
    CONSTRAINT pk_supervision PRIMARY KEY (id),
    CONSTRAINT fk_supervision_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_supervision_source_key UNIQUE (source_key)
);
CREATE INDEX ix_supervision_sector_year ON supervision (sector, report_year, id);
CREATE INDEX ix_supervision_year ON supervision (report_year);
CREATE INDEX ix_supervision_status ON supervision (status);
CREATE INDEX ix_supervision_unit ON supervision (unit_id);
CREATE TABLE supervision_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    source_key VARCHAR(100),
    municipality VARCHAR(200),
    report_year INT,
    sector VARCHAR(200),
    unit_id BIGINT,
    authority VARCHAR(200),
    supervision_type VARCHAR(200),
    subject VARCHAR(500),
    findings TEXT,
    deadline DATE,
    deadline_text VARCHAR(200),
    measures TEXT,
    status VARCHAR(20),
    status_text TEXT,
    opened_on DATE,
    dates_text VARCHAR(200),
    related_case VARCHAR(500),
    notes TEXT,
    CONSTRAINT pk_supervision_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_supervision_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:350-supervision-event
CREATE TABLE supervision_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    supervision_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    from_status VARCHAR(20),
    to_status VARCHAR(20),
    measures TEXT,
    comment TEXT,
    CONSTRAINT pk_supervision_event PRIMARY KEY (id),
    CONSTRAINT fk_supervision_event_supervision FOREIGN KEY (supervision_id) REFERENCES supervision (id)
);
CREATE INDEX ix_supervision_event_history ON supervision_event (supervision_id, created_at, id);
CREATE TABLE supervision_event_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    supervision_id BIGINT,
    kind VARCHAR(20),
    from_status VARCHAR(20),
    to_status VARCHAR(20),
    measures TEXT,
    comment TEXT,
    CONSTRAINT pk_supervision_event_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_supervision_event_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
