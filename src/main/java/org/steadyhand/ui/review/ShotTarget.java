package org.steadyhand.ui.review;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.steadyhand.core.Shot;
import org.steadyhand.ui.Palette;
import org.steadyhand.ui.rig.TargetFace;

/**
 * The session's target with all its shots, to scale ({@link TargetFace} geometry, as on the rig
 * screen), numbered in order; shots fired inside the visible time range are drawn in the accent
 * colour, the others in grey, so zooming the plots to a shot picks it out. FX thread only.
 */
final class ShotTarget extends PlotCanvas {
    private static final Color PAPER = Color.web("#e9e4d8");
    private static final Color BLACK = Color.web("#141414");
    private static final Font FONT = Font.font("System", FontWeight.BOLD, 12);

    private TargetFace face = TargetFace.AIR_RIFLE_10M;
    private List<Shot> shots = List.of();
    private TimeRange visible = new TimeRange(0, 1);

    ShotTarget() {
        super(200, 200);
        setId("shot-target");
    }

    void show(TargetFace target, List<Shot> all) {
        face = target;
        shots = all;
        redraw();
    }

    void show(TimeRange range) {
        visible = range;
        redraw();
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        double side = Math.min(w, h);
        if (side < 40) {
            return;
        }
        double cx = w / 2;
        double cy = h / 2;
        double scale = (side / 2 - 6) / (face.ringRadiusMm(1) + face.ringStepMm() / 4);
        g.setFill(PAPER);
        g.fillRect(cx - side / 2 + 2, cy - side / 2 + 2, side - 4, side - 4);
        double black = face.blackRadiusMm() * scale;
        g.setFill(BLACK);
        g.fillOval(cx - black, cy - black, 2 * black, 2 * black);
        g.setLineWidth(1);
        for (int ring = 1; ring <= 10; ring++) {
            double r = face.ringRadiusMm(ring) * scale;
            g.setStroke(ring >= face.blackFromRing() ? PAPER : BLACK);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        double r = Math.max(5, TargetFace.PELLET_DIAMETER_MM / 2 * scale);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            boolean inView = shot.atNanos() >= visible.fromNanos() && shot.atNanos() < visible.toNanos();
            double x = cx + shot.xMm() * scale;
            double y = cy - shot.yMm() * scale;
            g.setFill(inView ? Palette.ACCENT : Color.web("#8a96a3", 0.85));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(inView ? Color.WHITE : Color.web("#2b3138"));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (r >= 7) {
                g.setFill(BLACK);
                g.fillText(Integer.toString(i + 1), x, y);
            }
        }
    }
}
