package org.steadyhand.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.steadyhand.league.sync.SyncStatus;

/**
 * The status-bar sentence on league sync: whether scores reach the league server and how many
 * wait in the outbox. Scores never get lost while offline, so the text says they wait, not fail.
 */
final class LeagueStatusText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private LeagueStatusText() {}

    /** @param status empty when this workstation is not paired with a league server */
    static String of(Optional<SyncStatus> status, ZoneId zone) {
        if (status.isEmpty()) {
            return "League: not paired";
        }
        SyncStatus s = status.get();
        return switch (s.state()) {
            case UNPAIRED -> "League: not paired";
            case UP_TO_DATE -> "League: up to date, " + s.sent() + " sent";
            case SENDING -> "League: sending, " + s.pending() + " waiting";
            case OFFLINE ->
                "League: offline, " + s.pending() + " waiting"
                        + s.nextAttempt()
                                .map(t -> ", retry at " + TIME.format(t.atZone(zone)))
                                .orElse("");
            case PAIRING_REVOKED -> "League: pairing refused by the server, pair again; " + s.pending() + " waiting";
            case STOPPED -> "League: stopped, " + s.pending() + " waiting";
        };
    }
}
