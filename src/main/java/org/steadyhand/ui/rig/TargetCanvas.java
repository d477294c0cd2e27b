package org.steadyhand.ui.rig;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.steadyhand.core.Shot;
import org.steadyhand.ui.CanvasPane;
import org.steadyhand.ui.Palette;

/**
 * A paper target ({@link TargetPaper}) with the shots of the series and the current aim point, to
 * scale. The latest shot is drawn in the accent colour, earlier ones in grey. FX thread.
 */
final class TargetCanvas extends CanvasPane {

    private TargetFace face = TargetFace.AIR_RIFLE_10M;
    private LiveFrame frame;

    TargetCanvas() {
        super(160, 160);
    }

    void setFace(TargetFace next) {
        face = next;
        redraw();
    }

    void show(LiveFrame next) {
        frame = next;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        TargetPaper.fit(face, w, h, 20).ifPresent(paper -> {
            paper.draw(g, true);
            if (frame != null) {
                drawShots(g, frame.shots(), paper);
                drawAim(g, paper);
            }
        });
    }

    private static void drawShots(GraphicsContext g, List<Shot> shots, TargetPaper paper) {
        double r = paper.pelletRadiusPx(3);
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            boolean latest = i == shots.size() - 1;
            double x = paper.xPx(shot.xMm());
            double y = paper.yPx(shot.yMm());
            g.setFill(latest ? Palette.ACCENT : Color.web("#8a96a3", 0.9));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(latest ? Color.WHITE : Color.web("#2b3138"));
            g.setLineWidth(latest ? 2.5 : 1);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void drawAim(GraphicsContext g, TargetPaper paper) {
        if (frame.aimXMm().isEmpty() || frame.aimYMm().isEmpty()) {
            return;
        }
        double x = paper.xPx(frame.aimXMm().getAsDouble());
        double y = paper.yPx(frame.aimYMm().getAsDouble());
        g.setStroke(Palette.DANGER);
        g.setLineWidth(2.5);
        g.strokeLine(x - 12, y, x - 4, y);
        g.strokeLine(x + 4, y, x + 12, y);
        g.strokeLine(x, y - 12, x, y - 4);
        g.strokeLine(x, y + 4, x, y + 12);
    }
}
