package org.steadyhand.ui.rig;

import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A {@link TargetFace} placed to scale in a canvas area: the 1-ring plus a margin of a quarter ring
 * step fills the shorter side, centred. Draws the paper, the black aiming mark and the rings, and
 * maps target millimetres (x right, y up from the centre, as shots are stored) to canvas pixels;
 * the rig's live target and the review's target both draw on it, so a shot sits in the same place
 * on both screens.
 *
 * @param pxPerMm canvas pixels per target millimetre
 */
public record TargetPaper(TargetFace face, double centreXPx, double centreYPx, double sidePx, double pxPerMm) {
    public static final Color PAPER = Color.web("#e9e4d8");
    public static final Color BLACK = Color.web("#141414");
    private static final double RING_FONT_PX = 13;

    /** The face fitted into a {@code w} × {@code h} area, or empty when the area is under {@code minSidePx}. */
    public static Optional<TargetPaper> fit(TargetFace face, double w, double h, double minSidePx) {
        double side = Math.min(w, h);
        if (side < minSidePx) {
            return Optional.empty();
        }
        double pxPerMm = (side / 2 - 6) / (face.ringRadiusMm(1) + face.ringStepMm() / 4);
        return Optional.of(new TargetPaper(face, w / 2, h / 2, side, pxPerMm));
    }

    /** Paper, black and rings; with {@code numbered}, rings 1 to 8 carry their numbers where they fit. */
    public void draw(GraphicsContext g, boolean numbered) {
        g.setFill(PAPER);
        g.fillRect(centreXPx - sidePx / 2 + 2, centreYPx - sidePx / 2 + 2, sidePx - 4, sidePx - 4);
        double black = face.blackRadiusMm() * pxPerMm;
        g.setFill(BLACK);
        g.fillOval(centreXPx - black, centreYPx - black, 2 * black, 2 * black);
        g.setLineWidth(numbered ? 1.2 : 1);
        g.setFont(Font.font("System", FontWeight.BOLD, RING_FONT_PX));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int ring = 1; ring <= 10; ring++) {
            double r = face.ringRadiusMm(ring) * pxPerMm;
            boolean inBlack = ring >= face.blackFromRing();
            g.setStroke(inBlack ? PAPER : BLACK);
            g.strokeOval(centreXPx - r, centreYPx - r, 2 * r, 2 * r);
            if (numbered && ring < 9 && r > 14) {
                double labelR = r - face.ringStepMm() / 4 * pxPerMm;
                g.setFill(inBlack ? PAPER : BLACK);
                g.fillText(Integer.toString(ring), centreXPx, centreYPx - labelR);
                g.fillText(Integer.toString(ring), centreXPx, centreYPx + labelR);
            }
        }
    }

    /** Canvas x of a point {@code xMm} right of the centre. */
    public double xPx(double xMm) {
        return centreXPx + xMm * pxPerMm;
    }

    /** Canvas y of a point {@code yMm} above the centre. */
    public double yPx(double yMm) {
        return centreYPx - yMm * pxPerMm;
    }

    /** Drawn radius of a pellet hole: to scale, but never under {@code minPx} so it stays visible. */
    public double pelletRadiusPx(double minPx) {
        return Math.max(minPx, TargetFace.PELLET_DIAMETER_MM / 2 * pxPerMm);
    }
}
