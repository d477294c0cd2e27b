-- Steadyhand workstation schema, version 1.
-- Times of samples and events are session nanoseconds (monotonic, from the session start);
-- wall-clock times are TIMESTAMP WITH TIME ZONE.

CREATE TABLE trainee (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    cohort        VARCHAR(200),
    dominant_hand VARCHAR(8),
    archived      BOOLEAN DEFAULT FALSE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trainee_name_unique UNIQUE (name)
);

CREATE TABLE session (
    id              UUID PRIMARY KEY,
    module_id       VARCHAR(64) NOT NULL,
    trainee_id      UUID NOT NULL REFERENCES trainee (id),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    status          VARCHAR(16) NOT NULL,
    status_message  VARCHAR(1000),
    sources         VARCHAR(4000) NOT NULL,   -- JSON array of source specs
    settings        VARCHAR(100000) NOT NULL, -- JSON object: settings in force
    -- The process that records the session, so a later start can tell a live recording from one
    -- cut off by a crash.
    recorder_host   VARCHAR(255),
    recorder_pid    BIGINT,
    recorder_start  BIGINT                    -- process start, epoch milliseconds
);
CREATE INDEX session_trainee ON session (trainee_id, started_at);
CREATE INDEX session_started ON session (started_at);
CREATE INDEX session_status ON session (status);

CREATE TABLE session_channel (
    session_id      UUID NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    channel_no      SMALLINT NOT NULL,
    name            VARCHAR(64) NOT NULL,
    unit            VARCHAR(16) NOT NULL,
    nominal_rate_hz DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (session_id, channel_no),
    CONSTRAINT session_channel_name_unique UNIQUE (session_id, name)
);

-- One row per channel per commit (about a second of samples), packed by TelemetryChunkCodec.
CREATE TABLE telemetry_chunk (
    session_id    UUID NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    channel_no    SMALLINT NOT NULL,
    seq           INTEGER NOT NULL,
    first_nanos   BIGINT NOT NULL,
    last_nanos    BIGINT NOT NULL,
    sample_count  INTEGER NOT NULL,
    payload       VARBINARY(16777216) NOT NULL,
    PRIMARY KEY (session_id, channel_no, seq)
);

-- Irregular data: RR intervals, shots, alerts, notes, gaps. Columns by kind (see EventRows).
CREATE TABLE session_event (
    session_id  UUID NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    at_nanos    BIGINT NOT NULL,
    end_nanos   BIGINT,
    x           DOUBLE PRECISION,
    y           DOUBLE PRECISION,
    code        VARCHAR(255),
    text        VARCHAR(10000),
    PRIMARY KEY (session_id, seq)
);
CREATE INDEX session_event_kind ON session_event (session_id, kind, at_nanos);

CREATE TABLE score (
    session_id  UUID PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    module_id   VARCHAR(64) NOT NULL,
    overall     DOUBLE PRECISION NOT NULL,
    passed      BOOLEAN NOT NULL,
    components  VARCHAR(100000) NOT NULL,     -- JSON: component scores and weights
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX score_module ON score (module_id, overall);
