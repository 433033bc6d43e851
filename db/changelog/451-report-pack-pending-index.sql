--liquibase formatted sql

--changeset portal:451-report-pack-pending-index
-- The sweeper looks for packs still pending long after they were ordered (ReportPackSweeper).
CREATE INDEX ix_report_pack_status_created ON report_pack (status, created_at);
