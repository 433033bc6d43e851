--liquibase formatted sql

-- Issue 12 item 2: the portal's own municipality (one per deployment): name, kommunenummer, an optional logo and an
-- accent colour, shown on the login page and in the header, edited by the administrator. One row at most
-- (profile_key is always 'portal' and unique); until the administrator first saves, the portal shows the
-- configured defaults (portal.municipality.name, .number, .accent-colour). The logo is a PNG the portal decoded and
-- wrote anew, at most 200 KB (MunicipalityRules).

--changeset portal:030-municipality-profile
CREATE TABLE municipality_profile (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    profile_key VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    municipality_number VARCHAR(4) NOT NULL,
    accent_colour VARCHAR(7) NULL,
    logo_png MEDIUMBLOB NULL,
    CONSTRAINT pk_municipality_profile PRIMARY KEY (id),
    CONSTRAINT uq_municipality_profile_key UNIQUE (profile_key)
);
CREATE TABLE municipality_profile_aud (
    id BIGINT NOT NULL,
    rev INT NOT NULL,
    revtype TINYINT,
    created_at DATETIME(6),
    created_by VARCHAR(100),
    modified_at DATETIME(6),
    modified_by VARCHAR(100),
    profile_key VARCHAR(20),
    name VARCHAR(100),
    municipality_number VARCHAR(4),
    accent_colour VARCHAR(7),
    logo_png MEDIUMBLOB,
    CONSTRAINT pk_municipality_profile_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_municipality_profile_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
