package org.steadyhand.ui.rig;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.steadyhand.core.Shot;
import org.steadyhand.ui.Palette;

/**
 * A paper target with the shots of the series and the current aim point, to scale: the 1-ring fills
 * the shorter side. The latest shot is drawn in the accent colour, earlier ones in grey. FX thread.
 */
final class TargetCanvas extends CanvasRegion {
    private static final Color PAPER = Color.web("#e9e4d8");
    private static final Color BLACK = Color.web("#141414");
    private static final Font RING_FONT = Font.font("System", FontWeight.BOLD, 13);

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
    void paint(GraphicsContext g, double w, double h) {
        double side = Math.min(w, h);
        if (side < 20) {
            return;
        }
        double cx = w / 2;
        double cy = h / 2;
        // px per mm: the 1-ring plus a margin of half a ring step fits the shorter side.
        double scale = (side / 2 - 6) / (face.ringRadiusMm(1) + face.ringStepMm() / 4);
        g.setFill(PAPER);
        g.fillRect(cx - side / 2 + 2, cy - side / 2 + 2, side - 4, side - 4);
        double black = face.blackRadiusMm() * scale;
        g.setFill(BLACK);
        g.fillOval(cx - black, cy - black, 2 * black, 2 * black);
        drawRings(g, cx, cy, scale);
        if (frame != null) {
            drawShots(g, frame.shots(), cx, cy, scale);
            drawAim(g, cx, cy, scale);
        }
    }

    private void drawRings(GraphicsContext g, double cx, double cy, double scale) {
        g.setLineWidth(1.2);
        g.setFont(RING_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int ring = 1; ring <= 10; ring++) {
            double r = face.ringRadiusMm(ring) * scale;
            boolean inBlack = ring >= face.blackFromRing();
            g.setStroke(inBlack ? PAPER : BLACK);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            if (ring < 9 && r > 14) {
                double labelR = r - face.ringStepMm() / 4 * scale;
                g.setFill(inBlack ? PAPER : BLACK);
                g.fillText(Integer.toString(ring), cx, cy - labelR);
                g.fillText(Integer.toString(ring), cx, cy + labelR);
            }
        }
    }

    private static void drawShots(GraphicsContext g, List<Shot> shots, double cx, double cy, double scale) {
        double r = Math.max(3, TargetFace.PELLET_DIAMETER_MM / 2 * scale);
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            boolean latest = i == shots.size() - 1;
            double x = cx + shot.xMm() * scale;
            double y = cy - shot.yMm() * scale;
            g.setFill(latest ? Palette.ACCENT : Color.web("#8a96a3", 0.9));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(latest ? Color.WHITE : Color.web("#2b3138"));
            g.setLineWidth(latest ? 2.5 : 1);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void drawAim(GraphicsContext g, double cx, double cy, double scale) {
        if (frame.aimXMm().isEmpty() || frame.aimYMm().isEmpty()) {
            return;
        }
        double x = cx + frame.aimXMm().getAsDouble() * scale;
        double y = cy - frame.aimYMm().getAsDouble() * scale;
        g.setStroke(Palette.DANGER);
        g.setLineWidth(2.5);
        g.strokeLine(x - 12, y, x - 4, y);
        g.strokeLine(x + 4, y, x + 12, y);
        g.strokeLine(x, y - 12, x, y - 4);
        g.strokeLine(x, y + 4, x, y + 12);
    }
}
