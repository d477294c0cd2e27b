package org.steadyhand.ui.rig;

import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.analysis.tremor.StreamingTremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.core.SampleBlock;

/**
 * The live tremor analysis of the tip in the horizontal plane: pairs each x block with the y block
 * of the same instants (sources send them one after the other) and feeds both to a {@link
 * StreamingTremorAnalyzer}, which updates the spectrum metrics every 100 ms over the last 4 s.
 *
 * <p>A block whose partner does not match (a source sending the axes at different times) or that
 * the analyser refuses restarts the analysis; the screen then shows "measuring" until a window has
 * filled again, rather than a number from broken data.
 *
 * <p>Not thread-safe; owned by {@link LiveSignals}.
 */
final class PlaneTremor {
    private static final Logger LOG = LoggerFactory.getLogger(PlaneTremor.class);

    private final TremorSettings settings;
    private StreamingTremorAnalyzer analyzer;
    private double rateHz;
    private SampleBlock pendingX;
    private SampleBlock pendingY;

    PlaneTremor(TremorSettings settings) {
        this.settings = settings;
    }

    void acceptX(SampleBlock x) {
        pendingX = x;
        feedIfPaired();
    }

    void acceptY(SampleBlock y) {
        pendingY = y;
        feedIfPaired();
    }

    /** The latest metrics, if a window has filled since the start or the last restart. */
    Optional<TremorMetrics> latest() {
        return analyzer == null ? Optional.empty() : analyzer.latest();
    }

    private void feedIfPaired() {
        if (pendingX == null || pendingY == null) {
            return;
        }
        SampleBlock x = pendingX;
        SampleBlock y = pendingY;
        pendingX = null;
        pendingY = null;
        if (!Arrays.equals(x.timesNanos(), y.timesNanos())
                || x.channel().unit() != y.channel().unit()) {
            analyzer = null;
            return;
        }
        double rate = x.channel().nominalRateHz();
        try {
            if (analyzer == null || rate != rateHz) {
                rateHz = rate;
                analyzer = new StreamingTremorAnalyzer(x.channel().unit(), 2, rate, settings);
            }
            analyzer.accept(x.timesNanos(), x.values(), y.values());
        } catch (IllegalArgumentException e) {
            LOG.debug("tremor analysis restarted: {}", e.getMessage());
            analyzer = null;
        }
    }
}
