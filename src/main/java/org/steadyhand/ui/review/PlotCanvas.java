package org.steadyhand.ui.review;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.steadyhand.ui.Palette;

/**
 * A region holding one canvas that fills it, repainted on the panel background whenever its size
 * or content changes (the review screen's counterpart of the rig screen's canvas region, kept
 * separate so the two screens can change independently). FX thread only.
 */
abstract class PlotCanvas extends Region {
    private final Canvas canvas = new Canvas();

    PlotCanvas(double minWidth, double minHeight) {
        getChildren().add(canvas);
        setMinSize(minWidth, minHeight);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Clears to the panel background and paints the content at the current size. */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Palette.SURFACE);
        g.fillRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paint(g, w, h);
        }
    }

    /** Paints the content on a cleared canvas of {@code w} by {@code h} pixels. */
    abstract void paint(GraphicsContext g, double w, double h);
}
