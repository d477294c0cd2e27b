package org.steadyhand.ui.rig;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.function.DoubleFunction;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.paint.Color;
import org.steadyhand.ui.Palette;

/**
 * The TilesFX tiles of the rig screen, styled for the dark theme and bound to {@link LiveDisplay}.
 * Animation is off: values arrive up to 40 times a second and must show as they are, not eased.
 */
final class RigTiles {
    /** Top of the force gauge, mN: the danger threshold plus a third, so both thresholds read well. */
    static final double FORCE_GAUGE_MAX_MN = 12;

    private RigTiles() {}

    static Tile forceGauge(LiveDisplay display) {
        Tile tile = styled(TileBuilder.create()
                        .skinType(SkinType.GAUGE)
                        .title("Tip force")
                        .unit("mN")
                        .minValue(0)
                        .maxValue(FORCE_GAUGE_MAX_MN)
                        .decimals(1)
                        .tickLabelDecimals(0)
                        .threshold(ForceLevel.DANGER_MN)
                        .thresholdVisible(true)
                        .sectionsVisible(true)
                        .sections(
                                new Section(0, ForceLevel.CAUTION_MN, Palette.SAFE.deriveColor(0, 1, 1, 0.35)),
                                new Section(ForceLevel.CAUTION_MN, ForceLevel.DANGER_MN, Palette.CAUTION),
                                new Section(ForceLevel.DANGER_MN, FORCE_GAUGE_MAX_MN, Palette.DANGER)))
                .build();
        tile.setId("force-tile");
        display.forceLevelProperty().addListener((o, old, level) -> colour(tile, level));
        bindValue(tile, display.forceMilliNewtonsProperty(), "no force signal");
        colour(tile, display.forceLevelProperty().get());
        return tile;
    }

    /**
     * A gauge from {@code min} to {@code max}; {@code sections} (may be empty) colour its scale.
     * The gauge skin shows no text line, so what would go there belongs in the title.
     */
    static Tile gauge(String id, String title, String unit, double min, double max, int decimals, Section... sections) {
        Tile tile = styled(TileBuilder.create()
                        .skinType(SkinType.GAUGE)
                        .title(title)
                        .unit(unit)
                        .minValue(min)
                        .maxValue(max)
                        .decimals(decimals)
                        .tickLabelDecimals(0)
                        .thresholdVisible(false)
                        .sectionsVisible(sections.length > 0)
                        .sections(sections))
                .build();
        tile.setId(id);
        return tile;
    }

    /**
     * Colours the tile's bar and value by {@code colour} of the value (muted without a signal).
     * Sets colours only when they change: TilesFX redraws on every set.
     */
    static void colourBy(Tile tile, ObservableDoubleValue value, DoubleFunction<Color> colour) {
        Runnable update = () -> {
            double v = value.get();
            Color next = Double.isNaN(v) ? Palette.TEXT_MUTED : colour.apply(v);
            if (!next.equals(tile.getBarColor())) {
                tile.setBarColor(next);
                tile.setValueColor(Double.isNaN(v) ? Palette.TEXT_MUTED : Palette.TEXT);
            }
        };
        value.addListener((o, old, now) -> update.run());
        update.run();
    }

    static Tile number(String id, String title, String unit, int decimals) {
        Tile tile = styled(TileBuilder.create()
                        .skinType(SkinType.NUMBER)
                        .title(title)
                        .unit(unit)
                        .decimals(decimals)
                        .textVisible(true))
                .build();
        tile.setId(id);
        return tile;
    }

    /**
     * Shows the value, or 0 with {@code missing} as the tile's text while there is no signal (a
     * gauge shows no text: {@link #colourBy} greys its value instead). Titles stay as built: TilesFX
     * keeps the font it shrank a longer title to.
     */
    static void bindValue(Tile tile, ObservableDoubleValue value, String missing) {
        bindValue(tile, value, missing, "");
    }

    /** As {@link #bindValue(Tile, ObservableDoubleValue, String)}, with {@code present} as the text under a value. */
    static void bindValue(Tile tile, ObservableDoubleValue value, String missing, String present) {
        Runnable update = () -> {
            if (!tile.isVisible()) {
                return; // a hidden tile need not redraw 40 times a second; it catches up when shown
            }
            double v = value.get();
            boolean shown = !Double.isNaN(v);
            tile.setValue(shown ? v : 0);
            text(tile, shown ? present : missing);
        };
        value.addListener((o, old, now) -> update.run());
        tile.visibleProperty().addListener((o, was, visible) -> update.run());
        update.run();
    }

    /**
     * Sets the tile's text if it changed: TilesFX redraws on every set, even of the same text, and
     * values arrive 40 times a second.
     */
    static void text(Tile tile, String text) {
        if (!text.equals(tile.getText())) {
            tile.setText(text);
        }
    }

    static void setTitle(Tile tile, String title) {
        if (!title.equals(tile.getTitle())) {
            tile.setTitle(title);
        }
    }

    private static void colour(Tile tile, ForceLevel level) {
        Color colour = switch (level) {
            case NONE -> Palette.TEXT_MUTED;
            case SAFE -> Palette.SAFE;
            case CAUTION -> Palette.CAUTION;
            case DANGER -> Palette.DANGER;
        };
        tile.setBarColor(colour);
        tile.setValueColor(colour);
        // The gauge skin shows neither text nor description, so the level goes into the title.
        setTitle(
                tile,
                switch (level) {
                    case NONE -> "Tip force · no signal";
                    case SAFE -> "Tip force";
                    case CAUTION -> "Tip force · CAUTION ≥ " + ForceLevel.CAUTION_MN + " mN";
                    case DANGER -> "Tip force · DANGER ≥ " + ForceLevel.DANGER_MN + " mN";
                });
    }

    private static TileBuilder<?> styled(TileBuilder<?> builder) {
        return builder.animated(false)
                .backgroundColor(Palette.SURFACE)
                .foregroundBaseColor(Palette.TEXT)
                .titleColor(Palette.TEXT_MUTED)
                .unitColor(Palette.TEXT_MUTED)
                .valueColor(Palette.TEXT)
                .textColor(Palette.TEXT_MUTED)
                .descriptionColor(Palette.TEXT)
                .barColor(Palette.ACCENT)
                .thresholdColor(Palette.DANGER)
                .roundedCorners(true);
    }
}
