-- Steadyhand league server schema, version 1. Portable SQL: H2 and PostgreSQL run it unchanged.
-- Ids are text: UUIDs from workstations, random ids made by the server.

CREATE TABLE server_key (
    id     INTEGER PRIMARY KEY,
    secret VARCHAR(128) NOT NULL          -- HMAC-SHA256 key for tokens, base64
);

CREATE TABLE workstation (
    id           VARCHAR(64) PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    refresh_hash VARCHAR(64) NOT NULL,    -- SHA-256 of the refresh token, hex
    paired_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked      BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE pairing_request (
    secret_hash      VARCHAR(64) PRIMARY KEY, -- SHA-256 of the secret the workstation polls with
    code             VARCHAR(16) NOT NULL,
    workstation_name VARCHAR(200) NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    workstation_id   VARCHAR(64),             -- set when an instructor approves
    CONSTRAINT pairing_code_unique UNIQUE (code)
);

CREATE TABLE team (
    id   VARCHAR(64) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT team_name_unique UNIQUE (name)
);

-- A trainee belongs to the workstation that first submitted for them.
CREATE TABLE league_trainee (
    id             VARCHAR(36) PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    workstation_id VARCHAR(64) NOT NULL,
    team_id        VARCHAR(64) REFERENCES team (id)
);

CREATE TABLE league_score (
    submission_id  VARCHAR(36) PRIMARY KEY,  -- the idempotency key (the workstation's session id)
    trainee_id     VARCHAR(36) NOT NULL REFERENCES league_trainee (id),
    module_id      VARCHAR(64) NOT NULL,
    overall        DOUBLE PRECISION NOT NULL,
    achieved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    workstation_id VARCHAR(64) NOT NULL
);
CREATE INDEX league_score_trainee ON league_score (trainee_id, module_id, overall);
CREATE INDEX league_score_module ON league_score (module_id, achieved_at);

-- A league: a named competition over chosen modules and a date range with enrolled trainees.
CREATE TABLE league (
    id        VARCHAR(64) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE league_module (
    league_id VARCHAR(64) NOT NULL REFERENCES league (id) ON DELETE CASCADE,
    module_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (league_id, module_id)
);
-- Enrolment: a trainee, or every member of a team.
CREATE TABLE league_member (
    league_id  VARCHAR(64) NOT NULL REFERENCES league (id) ON DELETE CASCADE,
    trainee_id VARCHAR(36),
    team_id    VARCHAR(64) REFERENCES team (id),
    CONSTRAINT league_member_one CHECK ((trainee_id IS NULL) <> (team_id IS NULL))
);
