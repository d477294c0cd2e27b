package org.steadyhand.league;

/**
 * Who may do what on the league server. A paired workstation acts as {@link #TRAINEE} for its own
 * trainees; an {@link #INSTRUCTOR} approves pairings and runs teams and leagues; an {@link #ADMIN}
 * may do everything. Each role includes the ones before it.
 */
public enum Role {
    TRAINEE,
    INSTRUCTOR,
    ADMIN;

    /** Whether this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
