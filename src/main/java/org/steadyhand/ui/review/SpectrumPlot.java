package org.steadyhand.ui.review;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.ui.CanvasPane;
import org.steadyhand.ui.Palette;

/**
 * The tremor displacement spectrum (µm²/Hz, 0-{@value #MAX_HZ} Hz) with the tremor bands of
 * DOMAIN.md marked as strips above it: parkinsonian 3-8 Hz, essential 4-12 Hz, physiological
 * 8-12 Hz (PMC6806079, PMC3989364), and the peak with its band. FX thread only.
 */
final class SpectrumPlot extends CanvasPane {
    static final double MAX_HZ = 25;
    private static final double LEFT = 70;
    private static final double RIGHT = 12;
    private static final double TOP = 84;
    private static final double BOTTOM = 24;
    private static final Font FONT = Font.font("System", 13);
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 15);
    /** Band, low Hz, high Hz, colour. */
    private static final Object[][] BANDS = {
        {"parkinsonian 3–8 Hz", 3.0, 8.0, Color.web("#ff7a45")},
        {"essential 4–12 Hz", 4.0, 12.0, Color.web("#ffb000")},
        {"physiological 8–12 Hz", 8.0, 12.0, Color.web("#3ddc84")},
    };

    private SpectrumState state = SpectrumState.COMPUTING;

    SpectrumPlot() {
        super(280, 200);
        setId("spectrum-plot");
    }

    void show(SpectrumState next) {
        state = next;
        redraw();
    }

    /** What is shown now (for tests). */
    SpectrumState state() {
        return state;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(TITLE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Palette.TEXT);
        g.fillText("Tremor spectrum (µm²/Hz)", 10, 5);
        if (state.metrics().isEmpty()) {
            g.setFont(FONT);
            g.setFill(Palette.TEXT_MUTED);
            g.fillText(state.message(), 10, 30, w - 20);
            return;
        }
        TremorMetrics m = state.metrics().get();
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 40 || plotH < 20) {
            return;
        }
        g.setFont(FONT);
        g.setFill(Palette.TEXT_MUTED);
        g.fillText(
                Double.isNaN(m.peakHz())
                        ? String.format(Locale.ROOT, "no clear peak   RMS %.1f µm", m.rmsMicrometres())
                        : String.format(
                                Locale.ROOT,
                                "peak %.1f Hz (%s)   RMS %.1f µm",
                                m.peakHz(),
                                m.dominantBand().label().replace('_', ' '),
                                m.rmsMicrometres()),
                10,
                24);
        double[] f = m.spectrum().frequenciesHz();
        double[] p = m.spectrum().psdSquareMicrometresPerHz();
        double top = 0;
        for (int k = 0; k < f.length && f[k] <= MAX_HZ; k++) {
            if (f[k] >= 1) {
                top = Math.max(top, p[k]);
            }
        }
        top = top > 0 ? top * 1.1 : 1;
        drawBands(g, plotW, plotH);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int hz = 0; hz <= MAX_HZ; hz += 5) {
            double x = LEFT + plotW * hz / MAX_HZ;
            g.setStroke(Palette.GRID);
            g.strokeLine(x, TOP, x, TOP + plotH);
            g.setFill(Palette.TEXT_MUTED);
            g.fillText(hz + (hz == MAX_HZ ? " Hz" : ""), Math.min(x, LEFT + plotW - 14), TOP + plotH + 3);
        }
        double step = AxisTicks.step(top, 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : AxisTicks.ticks(0, top, step)) {
            double y = TOP + plotH * (1 - v / top);
            g.setStroke(Palette.GRID);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setFill(Palette.TEXT_MUTED);
            g.fillText(AxisTicks.number(v), LEFT - 6, y);
        }
        g.setStroke(Palette.ACCENT);
        g.setLineWidth(2);
        g.beginPath();
        for (int k = 0; k < f.length && f[k] <= MAX_HZ; k++) {
            double x = LEFT + plotW * f[k] / MAX_HZ;
            double y = TOP + plotH * (1 - Math.min(p[k], top) / top);
            if (k == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        if (!Double.isNaN(m.peakHz())) {
            double x = LEFT + plotW * m.peakHz() / MAX_HZ;
            g.setStroke(Palette.TEXT);
            g.setLineDashes(4, 4);
            g.strokeLine(x, TOP, x, TOP + plotH);
            g.setLineDashes();
        }
    }

    private static void drawBands(GraphicsContext g, double plotW, double plotH) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < BANDS.length; i++) {
            String name = (String) BANDS[i][0];
            double from = LEFT + plotW * (double) BANDS[i][1] / MAX_HZ;
            double to = LEFT + plotW * (double) BANDS[i][2] / MAX_HZ;
            Color colour = (Color) BANDS[i][3];
            double y = 44 + i * 13;
            g.setFill(colour);
            g.fillRect(from, y - 4, to - from, 8);
            g.fillText(name, to + 6, y);
            g.setFill(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.07));
            g.fillRect(from, TOP, to - from, plotH);
        }
    }
}
