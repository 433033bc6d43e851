--liquibase formatted sql

--changeset portal:001-revinfo
CREATE TABLE revinfo (
    rev INT NOT NULL AUTO_INCREMENT,
    revtstmp BIGINT NOT NULL,
    username VARCHAR(100),
    CONSTRAINT pk_revinfo PRIMARY KEY (rev)
);

--changeset portal:001-user-account
CREATE TABLE user_account (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    username VARCHAR(100) NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    job_title VARCHAR(200),
    email VARCHAR(254),
    password_hash VARCHAR(200),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username)
);
CREATE INDEX ix_user_account_full_name ON user_account (full_name);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(40) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_user_role_role ON user_role (role);

--changeset portal:001-org-unit
CREATE TABLE org_unit (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    code VARCHAR(40),
    type VARCHAR(20) NOT NULL,
    parent_id BIGINT,
    leader_id BIGINT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_unit_leader FOREIGN KEY (leader_id) REFERENCES user_account (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
CREATE INDEX ix_org_unit_leader ON org_unit (leader_id);

CREATE TABLE user_unit (
    user_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    CONSTRAINT pk_user_unit PRIMARY KEY (user_id, unit_id),
    CONSTRAINT fk_user_unit_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_user_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_user_unit_unit ON user_unit (unit_id);

--changeset portal:001-political-body
CREATE TABLE political_body (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(40),
    type VARCHAR(30) NOT NULL,
    municipality_id BIGINT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_political_body PRIMARY KEY (id),
    CONSTRAINT fk_political_body_municipality FOREIGN KEY (municipality_id) REFERENCES org_unit (id)
);

CREATE TABLE body_membership (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    body_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    seat VARCHAR(20) NOT NULL,
    from_date DATE,
    to_date DATE,
    CONSTRAINT pk_body_membership PRIMARY KEY (id),
    CONSTRAINT fk_body_membership_body FOREIGN KEY (body_id) REFERENCES political_body (id),
    CONSTRAINT fk_body_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_body_membership_body ON body_membership (body_id);
CREATE INDEX ix_body_membership_user ON body_membership (user_id);

--changeset portal:001-audit-tables
CREATE TABLE user_account_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    username VARCHAR(100),
    full_name VARCHAR(200),
    job_title VARCHAR(200),
    email VARCHAR(254),
    active BOOLEAN,
    CONSTRAINT pk_user_account_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_user_account_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE user_role_aud (
    rev INT NOT NULL,
    revtype TINYINT,
    user_id BIGINT NOT NULL,
    role VARCHAR(40) NOT NULL,
    CONSTRAINT pk_user_role_aud PRIMARY KEY (rev, user_id, role),
    CONSTRAINT fk_user_role_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE user_unit_aud (
    rev INT NOT NULL,
    revtype TINYINT,
    user_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    CONSTRAINT pk_user_unit_aud PRIMARY KEY (rev, user_id, unit_id),
    CONSTRAINT fk_user_unit_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE org_unit_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    name VARCHAR(200),
    code VARCHAR(40),
    type VARCHAR(20),
    parent_id BIGINT,
    leader_id BIGINT,
    active BOOLEAN,
    CONSTRAINT pk_org_unit_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_org_unit_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE political_body_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    name VARCHAR(200),
    short_name VARCHAR(40),
    type VARCHAR(30),
    municipality_id BIGINT,
    active BOOLEAN,
    CONSTRAINT pk_political_body_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_political_body_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE body_membership_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    body_id BIGINT,
    user_id BIGINT,
    seat VARCHAR(20),
    from_date DATE,
    to_date DATE,
    CONSTRAINT pk_body_membership_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_body_membership_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
