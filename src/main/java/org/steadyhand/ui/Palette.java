package org.steadyhand.ui;

import javafx.scene.paint.Color;

/**
 * Colours for what CSS cannot reach (canvases, TilesFX tiles); the same values as the variables in
 * {@code steadyhand.css}, chosen for contrast on a dark background at a distance.
 */
public final class Palette {
    public static final Color BACKGROUND = Color.web("#0b0e12");
    public static final Color SURFACE = Color.web("#151a21");
    public static final Color GRID = Color.web("#2c3540");
    public static final Color AXIS = Color.web("#5b6776");
    public static final Color TEXT = Color.web("#f4f6f8");
    public static final Color TEXT_MUTED = Color.web("#aab4c0");
    public static final Color ACCENT = Color.web("#38c6f4");
    public static final Color SAFE = Color.web("#3ddc84");
    public static final Color CAUTION = Color.web("#ffb000");
    public static final Color DANGER = Color.web("#ff5252");

    private Palette() {}
}
