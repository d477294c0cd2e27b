package org.steadyhand.ui.rig;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.paint.Color;
import org.steadyhand.ui.Palette;

/**
 * The TilesFX tiles of the rig screen, styled for the dark theme and bound to {@link LiveDisplay}.
 * Animation is off: values arrive 25 times a second and must show as they are, not eased.
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

    /** Shows the value, or 0 with {@code missing} as the tile's text while there is no signal. */
    static void bindValue(Tile tile, ObservableDoubleValue value, String missing) {
        Runnable update = () -> {
            double v = value.get();
            boolean present = !Double.isNaN(v);
            tile.setValue(present ? v : 0);
            tile.setText(present ? "" : missing);
        };
        value.addListener((o, old, now) -> update.run());
        update.run();
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
        tile.setTitle(
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
