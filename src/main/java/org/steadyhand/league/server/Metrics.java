package org.steadyhand.league.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.steadyhand.league.RankingIndex;

/**
 * Request counters and timings for {@code GET /metrics} in the Prometheus text exposition format
 * (version 0.0.4). Labels are route templates, never raw paths, so the number of series is fixed.
 *
 * <p>Thread-safe (adders, written without locks on the request path).
 */
final class Metrics {
    private record Key(String route, int status) {}

    private final ConcurrentHashMap<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> nanosByRoute = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> countByRoute = new ConcurrentHashMap<>();

    void record(String route, int status, long elapsedNanos) {
        requests.computeIfAbsent(new Key(route, status), k -> new LongAdder()).increment();
        nanosByRoute.computeIfAbsent(route, r -> new LongAdder()).add(elapsedNanos);
        countByRoute.computeIfAbsent(route, r -> new LongAdder()).increment();
    }

    String render(RankingIndex index) {
        StringBuilder out = new StringBuilder(2048);
        out.append("# HELP steadyhand_league_requests_total HTTP requests by route and status.\n");
        out.append("# TYPE steadyhand_league_requests_total counter\n");
        Map<String, Long> sorted = new TreeMap<>();
        requests.forEach((key, count) ->
                sorted.put("{route=\"" + key.route() + "\",status=\"" + key.status() + "\"}", count.sum()));
        sorted.forEach((labels, count) -> out.append("steadyhand_league_requests_total")
                .append(labels)
                .append(' ')
                .append(count)
                .append('\n'));
        out.append("# HELP steadyhand_league_request_seconds Time spent answering requests by route.\n");
        out.append("# TYPE steadyhand_league_request_seconds summary\n");
        new TreeMap<>(countByRoute).forEach((route, count) -> {
            out.append("steadyhand_league_request_seconds_sum{route=\"")
                    .append(route)
                    .append("\"} ");
            out.append(nanosByRoute.get(route).sum() / 1e9).append('\n');
            out.append("steadyhand_league_request_seconds_count{route=\"")
                    .append(route)
                    .append("\"} ");
            out.append(count.sum()).append('\n');
        });
        out.append("# HELP steadyhand_league_ranked_trainees Trainees on the global board.\n");
        out.append("# TYPE steadyhand_league_ranked_trainees gauge\n");
        out.append("steadyhand_league_ranked_trainees ")
                .append(index.size(RankingIndex.GLOBAL))
                .append('\n');
        out.append("# HELP steadyhand_league_board_version Changes of the boards since start.\n");
        out.append("# TYPE steadyhand_league_board_version counter\n");
        out.append("steadyhand_league_board_version ").append(index.version()).append('\n');
        return out.toString();
    }
}
