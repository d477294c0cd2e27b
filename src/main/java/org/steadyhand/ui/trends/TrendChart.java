package org.steadyhand.ui.trends;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.steadyhand.analysis.trend.CohortBand;
import org.steadyhand.ui.Palette;

/**
 * One of the two Trends charts on a canvas: the learning curve (scores over calendar time with the
 * moving average and the pass mark) or the cohort standing (percentile bands per session number with
 * the trainee's scores over them). Scores are 0–100 on the y axis. FX thread only.
 */
final class TrendChart extends Region {
    enum Kind {
        LEARNING_CURVE,
        COHORT
    }

    private static final double LEFT = 58;
    private static final double RIGHT = 20;
    private static final double TOP = 40;
    private static final double BOTTOM = 40;
    private static final Font LABEL = Font.font(14);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT);

    private final Canvas canvas = new Canvas();
    private final Kind kind;
    private final ZoneId zone;
    private Optional<Trend> trend = Optional.empty();

    TrendChart(Kind kind, ZoneId zone) {
        this.kind = kind;
        this.zone = zone;
        getChildren().add(canvas);
        setMinSize(300, 200);
    }

    void show(Optional<Trend> next) {
        trend = next;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Palette.SURFACE);
        g.fillRect(0, 0, w, h);
        g.setFont(LABEL);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 50 || plotH < 50) {
            return;
        }
        DoubleUnaryOperator y = score -> TOP + plotH * (1 - score / 100.0);
        grid(g, w, y);
        Optional<Trend> shown =
                trend.filter(t -> !t.curve().isEmpty() || !t.bands().isEmpty());
        if (shown.isEmpty()) {
            text(
                    g,
                    "No scores to draw yet",
                    LEFT + plotW / 2,
                    TOP + plotH / 2,
                    Palette.TEXT_MUTED,
                    TextAlignment.CENTER);
            return;
        }
        Trend t = shown.get();
        if (kind == Kind.LEARNING_CURVE) {
            learningCurve(g, t, plotW, plotH, y);
        } else {
            cohort(g, t, plotW, plotH, y);
        }
        passLine(g, t.passMark(), w, y);
    }

    private void grid(GraphicsContext g, double w, DoubleUnaryOperator y) {
        g.setLineWidth(1);
        for (int score = 0; score <= 100; score += 25) {
            double at = Math.round(y.applyAsDouble(score)) + 0.5;
            g.setStroke(Palette.GRID);
            g.strokeLine(LEFT, at, w - RIGHT, at);
            text(g, Integer.toString(score), LEFT - 8, at, Palette.TEXT_MUTED, TextAlignment.RIGHT);
        }
    }

    private void passLine(GraphicsContext g, double passMark, double w, DoubleUnaryOperator y) {
        double at = y.applyAsDouble(passMark);
        g.setStroke(Palette.CAUTION);
        g.setLineWidth(1.5);
        g.setLineDashes(8, 6);
        g.strokeLine(LEFT, at, w - RIGHT, at);
        g.setLineDashes();
        text(
                g,
                String.format(Locale.ROOT, "pass %.0f", passMark),
                w - RIGHT - 4,
                at - 10,
                Palette.CAUTION,
                TextAlignment.RIGHT);
    }

    private void learningCurve(GraphicsContext g, Trend t, double plotW, double plotH, DoubleUnaryOperator y) {
        List<CurvePoint> curve = t.curve();
        long first = curve.get(0).startedAt().toEpochMilli();
        long last = curve.get(curve.size() - 1).startedAt().toEpochMilli();
        long span = Math.max(last - first, 86_400_000L); // at least a day, so one session is not a division by 0
        long from = first - span / 20;
        long to = first + span + span / 20;
        DoubleUnaryOperator x = millis -> LEFT + plotW * (millis - from) / (double) (to - from);
        // Within two days, dates alone would repeat: show the time too.
        DateTimeFormatter format = to - from < 2 * 86_400_000L ? DAY_TIME : DAY;
        for (int i = 0; i <= 4; i++) {
            long at = from + (to - from) * i / 4;
            String day = format.format(Instant.ofEpochMilli(at).atZone(zone));
            text(g, day, x.applyAsDouble(at), TOP + plotH + 18, Palette.TEXT_MUTED, TextAlignment.CENTER);
        }
        double[] xs = curve.stream()
                .mapToDouble(p -> x.applyAsDouble(p.startedAt().toEpochMilli()))
                .toArray();
        polyline(
                g,
                xs,
                curve.stream().mapToDouble(p -> y.applyAsDouble(p.overall())).toArray(),
                Palette.AXIS,
                1.5);
        polyline(
                g,
                xs,
                curve.stream()
                        .mapToDouble(p -> y.applyAsDouble(p.movingAverage()))
                        .toArray(),
                Palette.ACCENT,
                3.5);
        dots(g, xs, curve, y);
        legend(
                g,
                List.of("●  score (green passed, red failed)", "━  " + Trend.MOVING_WINDOW + "-session average"),
                List.of(Palette.TEXT, Palette.ACCENT));
    }

    private void cohort(GraphicsContext g, Trend t, double plotW, double plotH, DoubleUnaryOperator y) {
        int sessions = Math.max(
                t.curve().size(),
                t.bands().isEmpty() ? 0 : t.bands().get(t.bands().size() - 1).sessionNumber());
        double from = 0.5;
        double to = Math.max(sessions, 2) + 0.5;
        DoubleUnaryOperator x = n -> LEFT + plotW * (n - from) / (to - from);
        int step = Math.max(1, (int) Math.ceil(sessions / 10.0));
        for (int n = 1; n <= sessions; n += step) {
            text(
                    g,
                    Integer.toString(n),
                    x.applyAsDouble(n),
                    TOP + plotH + 18,
                    Palette.TEXT_MUTED,
                    TextAlignment.CENTER);
        }
        band(g, t.bands(), x, y, CohortBand::p10, CohortBand::p90, Palette.ACCENT.deriveColor(0, 1, 1, 0.16));
        band(g, t.bands(), x, y, CohortBand::p25, CohortBand::p75, Palette.ACCENT.deriveColor(0, 1, 1, 0.32));
        polyline(
                g,
                t.bands().stream()
                        .mapToDouble(b -> x.applyAsDouble(b.sessionNumber()))
                        .toArray(),
                t.bands().stream().mapToDouble(b -> y.applyAsDouble(b.p50())).toArray(),
                Palette.TEXT_MUTED,
                1.5);
        double[] xs = t.curve().stream()
                .mapToDouble(p -> x.applyAsDouble(p.sessionNumber()))
                .toArray();
        polyline(
                g,
                xs,
                t.curve().stream()
                        .mapToDouble(p -> y.applyAsDouble(p.overall()))
                        .toArray(),
                Palette.TEXT,
                2.5);
        dots(g, xs, t.curve(), y);
        legend(
                g,
                List.of("▇ cohort 10–90 %", "▇ 25–75 %", "━ cohort median", "━ this trainee"),
                List.of(Palette.ACCENT.deriveColor(0, 1, 0.75, 1), Palette.ACCENT, Palette.TEXT_MUTED, Palette.TEXT));
    }

    private static void band(
            GraphicsContext g,
            List<CohortBand> bands,
            DoubleUnaryOperator x,
            DoubleUnaryOperator y,
            ToDoubleFunction<CohortBand> low,
            ToDoubleFunction<CohortBand> high,
            Color fill) {
        if (bands.isEmpty()) {
            return;
        }
        int n = bands.size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            CohortBand b = bands.get(i);
            double half = n == 1 ? 8 : 0; // a single session number: a short bar, not an invisible line
            xs[i] = x.applyAsDouble(b.sessionNumber()) - half;
            ys[i] = y.applyAsDouble(high.applyAsDouble(b));
            xs[2 * n - 1 - i] = x.applyAsDouble(b.sessionNumber()) + half;
            ys[2 * n - 1 - i] = y.applyAsDouble(low.applyAsDouble(b));
        }
        g.setFill(fill);
        g.fillPolygon(xs, ys, 2 * n);
    }

    private static void polyline(GraphicsContext g, double[] xs, double[] ys, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, xs.length);
    }

    private static void dots(GraphicsContext g, double[] xs, List<CurvePoint> curve, DoubleUnaryOperator y) {
        for (int i = 0; i < xs.length; i++) {
            CurvePoint p = curve.get(i);
            g.setFill(p.passed() ? Palette.SAFE : Palette.DANGER);
            g.fillOval(xs[i] - 4.5, y.applyAsDouble(p.overall()) - 4.5, 9, 9);
        }
    }

    private static void legend(GraphicsContext g, List<String> items, List<Color> colours) {
        double at = LEFT;
        for (int i = 0; i < items.size(); i++) {
            text(g, items.get(i), at, TOP - 20, colours.get(i), TextAlignment.LEFT);
            at += items.get(i).length() * 7.6 + 24;
        }
    }

    private static void text(GraphicsContext g, String s, double x, double y, Color colour, TextAlignment align) {
        g.setFill(colour);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, x, y);
    }
}
