package org.steadyhand.ui.review;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.steadyhand.ui.CanvasPane;
import org.steadyhand.ui.Palette;

/**
 * One time plot of the session detail: its traces decimated to min/max per pixel column over the
 * shared visible time range, threshold lines, round value and time ticks. Drag across it to zoom to
 * the selection, scroll to zoom around the pointer, double-click for the whole session; every plot
 * follows the same range because the range lives in the view-model. FX thread only.
 */
final class TimePlot extends CanvasPane {
    static final double LEFT = 78;
    static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 22;
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 15);
    private static final Font TICK_FONT = Font.font("System", 13);
    private static final Color[] TRACE_COLOURS = {Palette.ACCENT, Color.web("#e879f9"), Palette.SAFE};

    private final TimePlotData data;
    private final SessionDetailViewModel model;
    private TimeRange range;
    private double dragStartX = Double.NaN;
    private double dragNowX = Double.NaN;
    /** Samples drawn on the last paint, for tests. */
    private long drawnColumns;

    TimePlot(TimePlotData data, SessionDetailViewModel model) {
        super(300, data.notRecorded().isPresent() ? 40 : 90);
        this.data = data;
        this.model = model;
        this.range = model.visibleRangeProperty().get();
        setId("plot-" + data.id());
        getStyleClass().add("review-plot");
        if (data.notRecorded().isEmpty()) {
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                dragNowX = e.getX();
                redraw();
            });
            addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        }
    }

    TimePlotData data() {
        return data;
    }

    /** Pixel columns that held data on the last paint. */
    long drawnColumns() {
        return drawnColumns;
    }

    void show(TimeRange visible) {
        range = visible;
        redraw();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.showAll();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            dragStartX = e.getX();
            dragNowX = e.getX();
        }
    }

    private void released(MouseEvent e) {
        if (!Double.isNaN(dragStartX) && Math.abs(e.getX() - dragStartX) > 4) {
            model.zoomTo(timeAt(dragStartX), timeAt(e.getX()));
        }
        dragStartX = Double.NaN;
        dragNowX = Double.NaN;
        redraw();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            model.zoomAround(timeAt(e.getX()), e.getDeltaY() > 0 ? 0.8 : 1.25);
        }
        e.consume();
    }

    private long timeAt(double x) {
        double plotW = Math.max(1, getWidth() - LEFT - RIGHT);
        double share = Math.max(0, Math.min(1, (x - LEFT) / plotW));
        return range.fromNanos() + Math.round(share * range.spanNanos());
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(TITLE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Palette.TEXT);
        g.fillText(data.title() + (data.unit().isEmpty() ? "" : " (" + data.unit() + ")"), 10, 5);
        if (data.notRecorded().isPresent()) {
            g.setFill(Palette.TEXT_MUTED);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(data.notRecorded().get(), LEFT + 200, 5);
            drawnColumns = 0;
            return;
        }
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 20 || plotH < 10) {
            return;
        }
        int columns = (int) Math.max(1, Math.round(plotW));
        MinMaxSeries.Decimated[] decimated =
                new MinMaxSeries.Decimated[data.traces().size()];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < decimated.length; i++) {
            decimated[i] = data.traces().get(i).series().decimate(range.fromNanos(), range.toNanos(), columns);
            for (int c = 0; c < columns; c++) {
                if (!Double.isNaN(decimated[i].min()[c])) {
                    lo = Math.min(lo, decimated[i].min()[c]);
                    hi = Math.max(hi, decimated[i].max()[c]);
                }
            }
        }
        for (TimePlotData.Threshold threshold : data.thresholds()) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, threshold.value() * 1.1);
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        double pad = Math.max((hi - lo) * 0.08, Math.max(Math.abs(hi), 1e-3) * 1e-3);
        lo -= pad;
        hi += pad;
        drawValueAxis(g, lo, hi, plotW, plotH);
        drawTimeAxis(g, plotW, plotH);
        drawThresholds(g, lo, hi, plotW, plotH);
        long filled = 0;
        for (int i = 0; i < decimated.length; i++) {
            filled += decimated[i].filledColumns();
            drawTrace(g, decimated[i], lo, hi, plotH, TRACE_COLOURS[i % TRACE_COLOURS.length]);
        }
        drawnColumns = filled;
        drawLegend(g, w);
        drawSelection(g, plotH);
    }

    private void drawTrace(
            GraphicsContext g, MinMaxSeries.Decimated d, double lo, double hi, double plotH, Color colour) {
        double[] min = d.min();
        double[] max = d.max();
        boolean dense = d.sampleCount() >= min.length;
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(1.5);
        g.beginPath();
        boolean open = false;
        for (int c = 0; c < min.length; c++) {
            if (Double.isNaN(min[c])) {
                if (dense) {
                    open = false; // a real gap: no samples although there are more samples than columns
                }
                continue;
            }
            double x = LEFT + c + 0.5;
            double yLow = y(min[c], lo, hi, plotH);
            double yHigh = y(max[c], lo, hi, plotH);
            if (open) {
                g.lineTo(x, yLow);
            } else {
                g.moveTo(x, yLow);
                open = true;
            }
            g.lineTo(x, yHigh);
            if (data.points()) {
                g.fillOval(x - 2.5, yLow - 2.5, 5, 5);
            }
        }
        g.stroke();
    }

    private static double y(double value, double lo, double hi, double plotH) {
        return TOP + plotH * (1 - (value - lo) / (hi - lo));
    }

    private void drawValueAxis(GraphicsContext g, double lo, double hi, double plotW, double plotH) {
        double step = AxisTicks.step(hi - lo, Math.max(3, (int) (plotH / 28)));
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (double v : AxisTicks.ticks(lo, hi, step)) {
            double yy = y(v, lo, hi, plotH);
            g.setStroke(v == 0 ? Palette.AXIS : Palette.GRID);
            g.strokeLine(LEFT, yy, LEFT + plotW, yy);
            g.setFill(Palette.TEXT_MUTED);
            g.fillText(AxisTicks.number(v), LEFT - 8, yy);
        }
    }

    private void drawTimeAxis(GraphicsContext g, double plotW, double plotH) {
        double span = range.spanNanos() / 1e9;
        double step = AxisTicks.step(span, Math.max(2, (int) (plotW / 110)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : AxisTicks.ticks(range.fromSeconds(), range.toSeconds(), step)) {
            double x = LEFT + plotW * (t - range.fromSeconds()) / span;
            g.setStroke(Palette.GRID);
            g.strokeLine(x, TOP, x, TOP + plotH);
            g.setFill(Palette.TEXT_MUTED);
            g.fillText(AxisTicks.time(t, step), Math.max(LEFT + 20, Math.min(x, LEFT + plotW - 30)), TOP + plotH + 3);
        }
    }

    private void drawThresholds(GraphicsContext g, double lo, double hi, double plotW, double plotH) {
        g.setTextAlign(TextAlignment.RIGHT);
        for (TimePlotData.Threshold threshold : data.thresholds()) {
            // Danger above its line, caution below, so two close lines keep readable labels.
            boolean above = threshold.level() == TimePlotData.Level.DANGER;
            g.setTextBaseline(above ? VPos.BOTTOM : VPos.TOP);
            Color colour = threshold.level() == TimePlotData.Level.DANGER ? Palette.DANGER : Palette.CAUTION;
            double yy = y(threshold.value(), lo, hi, plotH);
            g.setStroke(colour);
            g.setLineDashes(8, 6);
            g.setLineWidth(1.5);
            g.strokeLine(LEFT, yy, LEFT + plotW, yy);
            g.setLineDashes();
            g.setFill(colour);
            g.fillText(
                    threshold.name() + " " + AxisTicks.number(threshold.value()),
                    LEFT + plotW - 4,
                    above ? yy - 1 : yy + 1);
        }
    }

    private void drawLegend(GraphicsContext g, double w) {
        List<TimePlotData.Trace> traces = data.traces();
        if (traces.size() < 2) {
            return;
        }
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        double x = w - RIGHT;
        for (int i = traces.size() - 1; i >= 0; i--) {
            g.setFill(TRACE_COLOURS[i % TRACE_COLOURS.length]);
            g.fillText(traces.get(i).name(), x, 6);
            x -= 12 + 8 * traces.get(i).name().length();
        }
    }

    private void drawSelection(GraphicsContext g, double plotH) {
        if (Double.isNaN(dragStartX) || Math.abs(dragNowX - dragStartX) < 1) {
            return;
        }
        g.setFill(Color.web("#38c6f4", 0.2));
        g.fillRect(Math.min(dragStartX, dragNowX), TOP, Math.abs(dragNowX - dragStartX), plotH);
    }
}
