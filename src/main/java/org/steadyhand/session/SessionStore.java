package org.steadyhand.session;

/**
 * Where sessions are persisted; implemented by the store package (this package cannot depend on
 * it), wired in the composition root.
 */
public interface SessionStore {
    /**
     * Creates the session (status {@link SessionStatus#RECORDING}, trainee created if new) and
     * returns the sink its data goes to.
     */
    SessionSink begin(SessionStart start);
}
