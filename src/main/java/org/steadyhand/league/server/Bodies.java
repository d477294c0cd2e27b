package org.steadyhand.league.server;

import java.util.List;

/**
 * The JSON bodies of the API, as records Jackson reads and writes. Times are ISO-8601 text in UTC;
 * every field named here is required unless said otherwise, and unknown fields are refused.
 */
final class Bodies {
    private Bodies() {}

    record Submission(
            String submissionId,
            String traineeId,
            String traineeName,
            String moduleId,
            Double overall,
            String achievedAt) {}

    record SubmitResult(String submissionId, String outcome) {}

    record StandingLine(int rank, String traineeId, String traineeName, double points, String achievedAt) {}

    record Board(String board, int offset, int total, List<StandingLine> standings) {}

    record TeamBoard(String teamId, String name, double points, List<StandingLine> members) {}

    record PairingRequest(String workstationName) {}

    /** {@code secret} is the workstation's to keep; {@code code} is shown to the instructor. */
    record PairingTicket(String code, String secret) {}

    record PairingPoll(String secret) {}

    record Credentials(String workstationId, String accessToken, String refreshToken, long expiresInSeconds) {}

    record Refresh(String refreshToken) {}

    record AccessToken(String accessToken, long expiresInSeconds) {}

    record NewTeam(String name) {}

    record Created(String id) {}

    record TeamAssignment(String traineeId) {}

    record NewLeague(
            String name,
            List<String> modules,
            String startsAt,
            String endsAt,
            List<String> trainees,
            List<String> teams) {}

    record LeagueLine(int rank, String traineeId, String traineeName, double points) {}

    record LeagueTable(String leagueId, String name, List<LeagueLine> standings) {}

    record Health(String status, int trainees) {}
}
