package org.steadyhand.ui.rig;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.steadyhand.ui.Palette;

/**
 * A region holding one canvas that fills it: resized with the layout and repainted on the panel
 * background whenever its size or content changes. Subclasses paint the content. FX thread only.
 */
abstract class CanvasRegion extends Region {
    private final Canvas canvas = new Canvas();

    CanvasRegion(double minWidth, double minHeight) {
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
        paint(g, w, h);
    }

    /** Paints the content on a cleared canvas of {@code w} by {@code h} pixels. */
    abstract void paint(GraphicsContext g, double w, double h);
}
