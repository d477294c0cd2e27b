package org.steadyhand.league.sync;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.steadyhand.league.Standing;

/**
 * Reads leaderboards from a league server (the public {@code GET /api/v1/leaderboard/...} routes,
 * no token needed). {@link HttpLeagueApi} is the real one; an {@link IOException} means the server
 * could not be reached or answered something else than a board.
 */
public interface LeagueBoards {
    /** The server, for status lines. */
    URI server();

    /** The top {@code limit} standings of module {@code moduleId}'s board, best first. */
    List<Standing> moduleBoard(String moduleId, int limit) throws IOException, InterruptedException;
}
