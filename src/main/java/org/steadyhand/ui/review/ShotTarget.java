package org.steadyhand.ui.review;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.steadyhand.core.Shot;
import org.steadyhand.ui.CanvasPane;
import org.steadyhand.ui.Palette;
import org.steadyhand.ui.rig.TargetFace;
import org.steadyhand.ui.rig.TargetPaper;

/**
 * The session's target with all its shots, to scale ({@link TargetFace} geometry, as on the rig
 * screen, drawn by {@link TargetPaper}), numbered in order; shots fired inside the visible time range are drawn in the accent
 * colour, the others in grey, so zooming the plots to a shot picks it out. FX thread only.
 */
final class ShotTarget extends CanvasPane {
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
    protected void paint(GraphicsContext g, double w, double h) {
        TargetPaper.fit(face, w, h, 40).ifPresent(paper -> {
            paper.draw(g, false);
            drawShots(g, paper);
        });
    }

    private void drawShots(GraphicsContext g, TargetPaper paper) {
        double r = paper.pelletRadiusPx(5);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            boolean inView = shot.atNanos() >= visible.fromNanos() && shot.atNanos() < visible.toNanos();
            double x = paper.xPx(shot.xMm());
            double y = paper.yPx(shot.yMm());
            g.setFill(inView ? Palette.ACCENT : Color.web("#8a96a3", 0.85));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(inView ? Color.WHITE : Color.web("#2b3138"));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (r >= 7) {
                g.setFill(TargetPaper.BLACK);
                g.fillText(Integer.toString(i + 1), x, y);
            }
        }
    }
}
