package org.steadyhand.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region holding one canvas that fills it: resized with the layout and repainted on the panel
 * background whenever its size or content changes. The rig's trace and target and the review's
 * plots paint on it. FX thread only.
 */
public abstract class CanvasPane extends Region {
    private final Canvas canvas = new Canvas();

    protected CanvasPane(double minWidth, double minHeight) {
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
    protected final void redraw() {
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
    protected abstract void paint(GraphicsContext g, double w, double h);
}
