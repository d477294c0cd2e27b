-- Steadyhand workstation schema, version 4: the instructor's note on a session.
-- One editable note per session, replaced on each save (session_event rows are the recording's
-- own, append-only data and are exported with it; a review note is written later and rewritten).

CREATE TABLE session_note (
    session_id  UUID PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    text        VARCHAR(20000) NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
