package org.steadyhand.ui.rig;

import java.math.BigDecimal;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.steadyhand.core.Unit;
import org.steadyhand.ui.CanvasPane;
import org.steadyhand.ui.Palette;

/**
 * The live tremor trace: the last {@value LiveSignals#TRACE_SECONDS} s of high-passed position,
 * newest at the right, on a symmetric scale with round labels in the frame's unit. Redrawn on each
 * frame and on resize; FX thread only.
 */
final class TraceCanvas extends CanvasPane {
    private static final double LEFT = 86;
    private static final double RIGHT = 14;
    private static final double TOP = 10;
    private static final double BOTTOM = 30;
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 16);

    private TraceScale scale;
    private LiveFrame frame;

    TraceCanvas() {
        super(240, 140);
    }

    void show(LiveFrame next) {
        if (frame == null || frame.motion() != next.motion()) {
            scale = new TraceScale(next.motion().displayUnit() == Unit.MICROMETRE ? 5 : 0.5);
        }
        frame = next;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (frame == null || w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        double range = scale.update(peak(frame.traceValues()));
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        drawGrid(g, range, plotW, plotH);
        double[] t = frame.traceSeconds();
        double[] v = frame.traceValues();
        if (t.length < 2) {
            g.setFill(Palette.TEXT_MUTED);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Waiting for " + frame.motion().traceLabel() + " data", LEFT + plotW / 2, TOP + plotH / 3);
            return;
        }
        g.setStroke(Palette.ACCENT);
        g.setLineWidth(2.5);
        g.beginPath();
        for (int i = 0; i < t.length; i++) {
            double x = LEFT + plotW * (1 + t[i] / LiveSignals.TRACE_SECONDS);
            double y = TOP + plotH / 2 * (1 - clamp(v[i] / range));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private void drawGrid(GraphicsContext g, double range, double plotW, double plotH) {
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        String unit = frame.motion().unitText();
        for (int i = -2; i <= 2; i++) {
            double y = TOP + plotH / 2 * (1 - i / 2.0);
            g.setStroke(i == 0 ? Palette.AXIS : Palette.GRID);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            if (i % 2 == 0) {
                g.setFill(Palette.TEXT);
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(i == 0 ? "0" : signed(i / 2.0 * range) + " " + unit, LEFT - 8, y);
            }
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        int seconds = (int) LiveSignals.TRACE_SECONDS;
        for (int s = 0; s <= seconds; s++) {
            double x = LEFT + plotW * (1 - (double) s / seconds);
            g.setStroke(Palette.GRID);
            g.strokeLine(x, TOP, x, TOP + plotH);
            g.setFill(Palette.TEXT_MUTED);
            g.fillText(s == 0 ? "now" : "−" + s + " s", Math.min(x, LEFT + plotW - 18), TOP + plotH + 6);
        }
    }

    private static String signed(double value) {
        String digits = BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros().toPlainString();
        return (value < 0 ? "−" : "+") + digits;
    }

    private static double peak(double[] values) {
        double peak = 0;
        for (double v : values) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    private static double clamp(double share) {
        return Math.max(-1, Math.min(1, share));
    }
}
