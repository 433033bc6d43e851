--liquibase formatted sql

--changeset portal:450-report-pack
-- A report pack generated in the background: the request, its progress and, when done, the file itself, so
-- the user can leave the page and download it later. Rows are kept (no deletes): they record which report
-- was given to the kommunestyre.
CREATE TABLE report_pack (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    period_id BIGINT NOT NULL,
    period_name VARCHAR(100) NOT NULL,
    format VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    started_at DATETIME(6),
    finished_at DATETIME(6),
    duration_ms BIGINT,
    file_name VARCHAR(200),
    content LONGBLOB,
    size_bytes BIGINT,
    error VARCHAR(500),
    CONSTRAINT pk_report_pack PRIMARY KEY (id),
    CONSTRAINT fk_report_pack_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
);
CREATE INDEX ix_report_pack_requested ON report_pack (requested_by, created_at);
