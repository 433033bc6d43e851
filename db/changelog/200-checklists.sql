--liquibase formatted sql

-- Internal-control checklists: versioned templates, rounds, unit instances, answers, actions, history.

--changeset portal:200-checklist-template
-- Template family (e.g. the Røros internal-control checklist)
CREATE TABLE checklist_template (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    description TEXT,
    source_key VARCHAR(200),
    CONSTRAINT pk_checklist_template PRIMARY KEY (id),
    CONSTRAINT uq_checklist_template_source_key UNIQUE (source_key)
);
CREATE TABLE checklist_template_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    name VARCHAR(200),
    description TEXT,
    source_key VARCHAR(200),
    CONSTRAINT pk_checklist_template_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_template_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-template-version
-- Immutable once PUBLISHED; editing makes a new DRAFT version
CREATE TABLE checklist_template_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    template_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    state VARCHAR(20) NOT NULL,
    label VARCHAR(200),
    published_at DATETIME(6),
    CONSTRAINT pk_checklist_template_version PRIMARY KEY (id),
    CONSTRAINT fk_checklist_template_version_template FOREIGN KEY (template_id) REFERENCES checklist_template (id),
    CONSTRAINT uq_checklist_template_version UNIQUE (template_id, version_no)
);
CREATE TABLE checklist_template_version_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    template_id BIGINT,
    version_no INT,
    state VARCHAR(20),
    label VARCHAR(200),
    published_at DATETIME(6),
    CONSTRAINT pk_checklist_template_version_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_template_version_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-area
-- An area (category) of one template version
CREATE TABLE checklist_area (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    version_id BIGINT NOT NULL,
    area_no INT NOT NULL,
    title VARCHAR(500) NOT NULL,
    help_text TEXT,
    CONSTRAINT pk_checklist_area PRIMARY KEY (id),
    CONSTRAINT fk_checklist_area_version FOREIGN KEY (version_id) REFERENCES checklist_template_version (id),
    CONSTRAINT uq_checklist_area UNIQUE (version_id, area_no)
);
CREATE TABLE checklist_area_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    version_id BIGINT,
    area_no INT,
    title VARCHAR(500),
    help_text TEXT,
    CONSTRAINT pk_checklist_area_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_area_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-question
-- A question of one area of one template version
CREATE TABLE checklist_question (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    version_id BIGINT NOT NULL,
    area_id BIGINT NOT NULL,
    item_no VARCHAR(40) NOT NULL,
    sort_order INT NOT NULL,
    question_text VARCHAR(500) NOT NULL,
    help_text TEXT,
    CONSTRAINT pk_checklist_question PRIMARY KEY (id),
    CONSTRAINT fk_checklist_question_version FOREIGN KEY (version_id) REFERENCES checklist_template_version (id),
    CONSTRAINT fk_checklist_question_area FOREIGN KEY (area_id) REFERENCES checklist_area (id),
    CONSTRAINT uq_checklist_question UNIQUE (version_id, item_no)
);
CREATE TABLE checklist_question_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    version_id BIGINT,
    area_id BIGINT,
    item_no VARCHAR(40),
    sort_order INT,
    question_text VARCHAR(500),
    help_text TEXT,
    CONSTRAINT pk_checklist_question_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_question_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-round
-- A round (e.g. 2. tertial 2025) of one published template version
CREATE TABLE checklist_round (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    version_id BIGINT NOT NULL,
    deadline DATE NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    published BOOLEAN NOT NULL DEFAULT FALSE,
    published_at DATETIME(6),
    published_by VARCHAR(100),
    CONSTRAINT pk_checklist_round PRIMARY KEY (id),
    CONSTRAINT fk_checklist_round_version FOREIGN KEY (version_id) REFERENCES checklist_template_version (id),
    CONSTRAINT uq_checklist_round UNIQUE (version_id, name)
);
CREATE TABLE checklist_round_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    name VARCHAR(200),
    version_id BIGINT,
    deadline DATE,
    opened_at DATETIME(6),
    published BOOLEAN,
    published_at DATETIME(6),
    published_by VARCHAR(100),
    CONSTRAINT pk_checklist_round_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_round_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-instance
-- One unit's checklist in one round
CREATE TABLE checklist_instance (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    round_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    state VARCHAR(20) NOT NULL,
    submitted_at DATETIME(6),
    submitted_by VARCHAR(100),
    CONSTRAINT pk_checklist_instance PRIMARY KEY (id),
    CONSTRAINT fk_checklist_instance_round FOREIGN KEY (round_id) REFERENCES checklist_round (id),
    CONSTRAINT fk_checklist_instance_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_checklist_instance UNIQUE (round_id, unit_id)
);
CREATE TABLE checklist_instance_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    round_id BIGINT,
    unit_id BIGINT,
    state VARCHAR(20),
    submitted_at DATETIME(6),
    submitted_by VARCHAR(100),
    CONSTRAINT pk_checklist_instance_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_instance_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-answer
-- The answer to one question in one instance
CREATE TABLE checklist_answer (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    instance_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    answer VARCHAR(20) NOT NULL,
    comment TEXT,
    CONSTRAINT pk_checklist_answer PRIMARY KEY (id),
    CONSTRAINT fk_checklist_answer_instance FOREIGN KEY (instance_id) REFERENCES checklist_instance (id),
    CONSTRAINT fk_checklist_answer_question FOREIGN KEY (question_id) REFERENCES checklist_question (id),
    CONSTRAINT uq_checklist_answer UNIQUE (instance_id, question_id)
);
CREATE TABLE checklist_answer_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    instance_id BIGINT,
    question_id BIGINT,
    answer VARCHAR(20),
    comment TEXT,
    CONSTRAINT pk_checklist_answer_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_answer_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-action
-- A follow-up action (tiltak) from a Nei/Delvis answer
CREATE TABLE checklist_action (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    answer_id BIGINT NOT NULL,
    instance_id BIGINT NOT NULL,
    title VARCHAR(500) NOT NULL,
    owner_id BIGINT NOT NULL,
    deadline DATE NOT NULL,
    state VARCHAR(20) NOT NULL,
    status_text TEXT,
    status_updated_at DATETIME(6),
    CONSTRAINT pk_checklist_action PRIMARY KEY (id),
    CONSTRAINT fk_checklist_action_answer FOREIGN KEY (answer_id) REFERENCES checklist_answer (id),
    CONSTRAINT fk_checklist_action_instance FOREIGN KEY (instance_id) REFERENCES checklist_instance (id),
    CONSTRAINT fk_checklist_action_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
CREATE TABLE checklist_action_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    answer_id BIGINT,
    instance_id BIGINT,
    title VARCHAR(500),
    owner_id BIGINT,
    deadline DATE,
    state VARCHAR(20),
    status_text TEXT,
    status_updated_at DATETIME(6),
    CONSTRAINT pk_checklist_action_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_action_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-event
-- History rows: submitted, reopened, actions created/updated (who/when from audit columns)
CREATE TABLE checklist_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    instance_id BIGINT NOT NULL,
    action_id BIGINT,
    kind VARCHAR(30) NOT NULL,
    from_state VARCHAR(20),
    to_state VARCHAR(20),
    comment TEXT,
    CONSTRAINT pk_checklist_event PRIMARY KEY (id),
    CONSTRAINT fk_checklist_event_instance FOREIGN KEY (instance_id) REFERENCES checklist_instance (id),
    CONSTRAINT fk_checklist_event_action FOREIGN KEY (action_id) REFERENCES checklist_action (id)
);
CREATE TABLE checklist_event_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    instance_id BIGINT,
    action_id BIGINT,
    kind VARCHAR(30),
    from_state VARCHAR(20),
    to_state VARCHAR(20),
    comment TEXT,
    CONSTRAINT pk_checklist_event_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_event_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

--changeset portal:200-checklist-indexes
CREATE INDEX ix_checklist_instance_unit ON checklist_instance (unit_id, round_id);
CREATE INDEX ix_checklist_instance_round_state ON checklist_instance (round_id, state);
CREATE INDEX ix_checklist_round_opened ON checklist_round (opened_at, id);
CREATE INDEX ix_checklist_action_owner ON checklist_action (owner_id, state);
CREATE INDEX ix_checklist_action_instance ON checklist_action (instance_id);
CREATE INDEX ix_checklist_event_instance ON checklist_event (instance_id, created_at);
CREATE INDEX ix_checklist_question_area ON checklist_question (area_id, sort_order);
