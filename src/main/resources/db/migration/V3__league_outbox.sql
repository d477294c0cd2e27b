-- Steadyhand workstation schema, version 3: the league outbox and the link to a league server.
-- A scored session is queued here in the same transaction that stores its score; the league sync
-- sends it with the session id as idempotency key, so a retry never counts twice. No foreign key to
-- session: a score already queued still goes to the league if its session is deleted meanwhile.

CREATE TABLE league_outbox (
    session_id   UUID PRIMARY KEY,            -- the idempotency key on the server
    trainee_id   UUID NOT NULL,
    trainee_name VARCHAR(200) NOT NULL,
    module_id    VARCHAR(64) NOT NULL,
    overall      DOUBLE PRECISION NOT NULL,
    achieved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(16) NOT NULL,        -- PENDING, SENT or REJECTED
    attempts     INTEGER DEFAULT 0 NOT NULL,
    last_error   VARCHAR(1000),
    done_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX league_outbox_state ON league_outbox (state, queued_at, session_id);

-- The paired league server (at most one row).
CREATE TABLE league_link (
    id             INTEGER PRIMARY KEY,
    server_url     VARCHAR(1000) NOT NULL,
    workstation_id VARCHAR(64) NOT NULL,
    refresh_token  VARCHAR(200) NOT NULL,
    paired_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT league_link_single CHECK (id = 1)
);
