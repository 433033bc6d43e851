--liquibase formatted sql

-- Issue 13: state that every application node must share lives in the database, not in one node's memory.

--changeset portal:050-shedlock
-- ShedLock's lock rows: a scheduled job (reminders, mail) runs on one node at a time. Times are the database's.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

--changeset portal:050-rate-hit
-- Hits counted by throttles and rate limits (failed logins per user and per address, uses of the public
-- whistleblowing channel per client), one row per hit, so "N in the last 15 minutes" is exact on every node.
-- The key is a keyed hash, never the address or user name itself. Rows are working state, not records: they are
-- deleted a day after the hit (RateWindows.purge). A refused use is not recorded, so a key has at most its limit
-- of rows in a window.
CREATE TABLE rate_hit (
    id BIGINT NOT NULL AUTO_INCREMENT,
    bucket VARCHAR(40) NOT NULL,
    key_hash CHAR(64) NOT NULL,
    hit_at BIGINT NOT NULL,
    CONSTRAINT pk_rate_hit PRIMARY KEY (id)
);
CREATE INDEX ix_rate_hit_key ON rate_hit (bucket, key_hash, hit_at);
CREATE INDEX ix_rate_hit_at ON rate_hit (hit_at);

--changeset portal:050-feature-change
-- One change counter per feature (decisions, deviations, organisation ...), raised by every node after a commit
-- and read by every node, so a cache on one node sees a change made on another within a second (EntityChanges).
CREATE TABLE feature_change (
    feature VARCHAR(40) NOT NULL,
    generation BIGINT NOT NULL,
    CONSTRAINT pk_feature_change PRIMARY KEY (feature)
);
