--liquibase formatted sql

-- Deviations (avvik): reported by any employee to the nearest leader of a unit, handled and closed on the
-- lowest possible level, forwardable across units. History rows, corrective actions and the read log of
-- confidential deviations (personal or health data).

--changeset portal:300-deviation-category
CREATE TABLE deviation_category (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    sort_order INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_deviation_category PRIMARY KEY (id),
    CONSTRAINT uq_deviation_category_code UNIQUE (code)
);
CREATE TABLE deviation_category_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    code VARCHAR(40),
    name VARCHAR(200),
    sort_order INT,
    active BOOLEAN,
    CONSTRAINT pk_deviation_category_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_deviation_category_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:300-deviation
CREATE TABLE deviation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    title VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    location_unit_id BIGINT NOT NULL,
    location_text VARCHAR(200),
    category_id BIGINT NOT NULL,
    severity VARCHAR(20) NOT NULL,
    immediate_action TEXT,
    personal_data BOOLEAN NOT NULL DEFAULT FALSE,
    status VARCHAR(30) NOT NULL,
    reporter_id BIGINT NOT NULL,
    reported_at DATETIME(6) NOT NULL,
    reported_to_unit_id BIGINT NOT NULL,
    handler_id BIGINT,
    cause TEXT,
    measures TEXT,
    learning TEXT,
    closed_at DATETIME(6),
    CONSTRAINT pk_deviation PRIMARY KEY (id),
    CONSTRAINT fk_deviation_location_unit FOREIGN KEY (location_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_deviation_category FOREIGN KEY (category_id) REFERENCES deviation_category (id),
    CONSTRAINT fk_deviation_reporter FOREIGN KEY (reporter_id) REFERENCES user_account (id),
    CONSTRAINT fk_deviation_reported_to FOREIGN KEY (reported_to_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_deviation_handler FOREIGN KEY (handler_id) REFERENCES user_account (id)
);
CREATE TABLE deviation_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    title VARCHAR(200),
    description TEXT,
    occurred_at DATETIME(6),
    location_unit_id BIGINT,
    location_text VARCHAR(200),
    category_id BIGINT,
    severity VARCHAR(20),
    immediate_action TEXT,
    personal_data BOOLEAN,
    status VARCHAR(30),
    reporter_id BIGINT,
    reported_at DATETIME(6),
    reported_to_unit_id BIGINT,
    handler_id BIGINT,
    cause TEXT,
    measures TEXT,
    learning TEXT,
    closed_at DATETIME(6),
    CONSTRAINT pk_deviation_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_deviation_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
-- The handling chain: every leader the deviation has been assigned to (reporting and forwarding).
CREATE TABLE deviation_handler (
    deviation_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    CONSTRAINT pk_deviation_handler PRIMARY KEY (deviation_id, user_id),
    CONSTRAINT fk_deviation_handler_deviation FOREIGN KEY (deviation_id) REFERENCES deviation (id),
    CONSTRAINT fk_deviation_handler_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_deviation_handler_user ON deviation_handler (user_id, deviation_id);
CREATE TABLE deviation_handler_aud (
    rev INT NOT NULL,
    revtype TINYINT,
    deviation_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    CONSTRAINT pk_deviation_handler_aud PRIMARY KEY (rev, deviation_id, user_id),
    CONSTRAINT fk_deviation_handler_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:300-deviation-event
CREATE TABLE deviation_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    deviation_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    from_status VARCHAR(30),
    to_status VARCHAR(30),
    from_unit_id BIGINT,
    to_unit_id BIGINT,
    comment TEXT,
    CONSTRAINT pk_deviation_event PRIMARY KEY (id),
    CONSTRAINT fk_deviation_event_deviation FOREIGN KEY (deviation_id) REFERENCES deviation (id),
    CONSTRAINT fk_deviation_event_from_unit FOREIGN KEY (from_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_deviation_event_to_unit FOREIGN KEY (to_unit_id) REFERENCES org_unit (id)
);
CREATE TABLE deviation_event_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    deviation_id BIGINT,
    kind VARCHAR(30),
    from_status VARCHAR(30),
    to_status VARCHAR(30),
    from_unit_id BIGINT,
    to_unit_id BIGINT,
    comment TEXT,
    CONSTRAINT pk_deviation_event_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_deviation_event_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:300-deviation-action
CREATE TABLE deviation_action (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    deviation_id BIGINT NOT NULL,
    description VARCHAR(500) NOT NULL,
    owner_id BIGINT NOT NULL,
    deadline DATE NOT NULL,
    done_at DATETIME(6),
    CONSTRAINT pk_deviation_action PRIMARY KEY (id),
    CONSTRAINT fk_deviation_action_deviation FOREIGN KEY (deviation_id) REFERENCES deviation (id),
    CONSTRAINT fk_deviation_action_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
CREATE TABLE deviation_action_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    deviation_id BIGINT,
    description VARCHAR(500),
    owner_id BIGINT,
    deadline DATE,
    done_at DATETIME(6),
    CONSTRAINT pk_deviation_action_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_deviation_action_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:300-deviation-read-log
-- Who read a confidential deviation, and when (created_by / created_at). Never changed.
CREATE TABLE deviation_read_log (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    deviation_id BIGINT NOT NULL,
    CONSTRAINT pk_deviation_read_log PRIMARY KEY (id),
    CONSTRAINT fk_deviation_read_log_deviation FOREIGN KEY (deviation_id) REFERENCES deviation (id)
);
CREATE TABLE deviation_read_log_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    deviation_id BIGINT,
    CONSTRAINT pk_deviation_read_log_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_deviation_read_log_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:300-deviation-indexes
-- The list is ordered by reported_at DESC, id DESC; InnoDB secondary indexes carry the id, so these serve
-- the id-only page query (deferred join) without touching the rows.
CREATE INDEX ix_deviation_reported ON deviation (reported_at, id);
CREATE INDEX ix_deviation_status_unit_reported ON deviation (status, reported_to_unit_id, reported_at);
CREATE INDEX ix_deviation_unit_reported ON deviation (reported_to_unit_id, reported_at);
CREATE INDEX ix_deviation_status_reported ON deviation (status, reported_at);
CREATE INDEX ix_deviation_category_reported ON deviation (category_id, reported_at);
CREATE INDEX ix_deviation_reporter ON deviation (reporter_id, reported_at);
CREATE INDEX ix_deviation_handler ON deviation (handler_id, reported_at);
CREATE INDEX ix_deviation_event_deviation ON deviation_event (deviation_id, created_at);
CREATE INDEX ix_deviation_action_deviation ON deviation_action (deviation_id);
CREATE INDEX ix_deviation_read_log_deviation ON deviation_read_log (deviation_id, created_at);
CREATE INDEX ix_deviation_read_log_created ON deviation_read_log (created_at);

--changeset portal:300-deviation-categories
-- Reference data: the main categories (configurable: rows can be renamed, deactivated or added).
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'HMS', 'HMS/arbeidsmiljø', 10, TRUE);
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'VOLD', 'Vold og trusler', 20, TRUE);
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'KVALITET', 'Tjenestekvalitet/bruker- og pasientsikkerhet', 30, TRUE);
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'PERSONVERN', 'Personvern og informasjonssikkerhet', 40, TRUE);
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'BRANN', 'Brann og sikkerhet', 50, TRUE);
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'MILJO', 'Miljø', 60, TRUE);
INSERT INTO deviation_category (version, created_at, created_by, modified_at, modified_by, code, name, sort_order, active) VALUES (0, NOW(6), 'system', NOW(6), 'system', 'ANNET', 'Annet', 70, TRUE);
