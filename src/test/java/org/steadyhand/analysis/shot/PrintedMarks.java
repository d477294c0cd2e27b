package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a real printed ISSF card carries besides its rings, for {@link TargetPhotoRenderer}: the
 * ring numbers and the card's own print, as strokes of a round pen in target mm.
 *
 * <ul>
 *   <li>Ring numbers 1-8 in each scoring zone on the horizontal and vertical axes, four copies a
 *       ring, upright, centred in the zone (between ring {@code n}'s line and ring {@code n + 1}'s),
 *       {@value #NUMERAL_SHARE} of the ring spacing tall: black on white, white inside the black (as
 *       on the 10 m air rifle and air pistol cards).
 *   <li>Card print outside the 1 ring: a header line of text, a scoring box with a divider and a
 *       label near a corner, and L-shaped marks at the four corners.
 * </ul>
 *
 * Immutable; looked up through a grid so a renderer can ask for every sample.
 */
final class PrintedMarks {
    static final double NUMERAL_SHARE = 0.65;
    private static final double PEN_SHARE = 0.14;
    private static final double CARD_PEN_MM = 0.3;

    private record Stroke(double x0, double y0, double x1, double y1, double halfWidth, double ink) {
        double distance2(double x, double y) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
            double ex = x - x0 - t * dx;
            double ey = y - y0 - t * dy;
            return ex * ex + ey * ey;
        }
    }

    private final List<Stroke> strokes = new ArrayList<>();
    private final double originMm;
    private final double cellMm;
    private final int cells;
    private final int[][] grid;

    /**
     * @param black grey of the black ink and the aiming mark
     * @param paper grey of the paper (the ink of numbers inside the black)
     */
    PrintedMarks(TargetType face, double cardMm, boolean numerals, boolean cardPrint, double black, double paper) {
        if (numerals) {
            addNumerals(face, black, paper);
        }
        if (cardPrint) {
            addCardPrint(face, cardMm, black);
        }
        originMm = -cardMm / 2;
        cellMm = face.ringStepMm() / 2;
        cells = (int) Math.ceil(cardMm / cellMm) + 1;
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < cells * cells; i++) {
            lists.add(new ArrayList<>());
        }
        for (int s = 0; s < strokes.size(); s++) {
            Stroke k = strokes.get(s);
            int gx0 = cell(Math.min(k.x0(), k.x1()) - k.halfWidth());
            int gx1 = cell(Math.max(k.x0(), k.x1()) + k.halfWidth());
            int gy0 = cell(Math.min(k.y0(), k.y1()) - k.halfWidth());
            int gy1 = cell(Math.max(k.y0(), k.y1()) + k.halfWidth());
            for (int gy = gy0; gy <= gy1; gy++) {
                for (int gx = gx0; gx <= gx1; gx++) {
                    lists.get(gy * cells + gx).add(s);
                }
            }
        }
        grid = lists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** The ink's grey at target ({@code x}, {@code y}) mm, or NaN where nothing is printed. */
    double ink(double x, double y) {
        int gx = cell(x);
        int gy = cell(y);
        for (int s : grid[gy * cells + gx]) {
            Stroke k = strokes.get(s);
            if (k.distance2(x, y) <= k.halfWidth() * k.halfWidth()) {
                return k.ink();
            }
        }
        return Double.NaN;
    }

    /** Centres of the printed ring numbers, {x, y} mm: where a test puts shots on numbers. */
    static List<double[]> numeralCentres(TargetType face) {
        List<double[]> out = new ArrayList<>();
        for (int ring = 1; ring <= 8; ring++) {
            double r = zoneMiddleMm(face, ring);
            out.add(new double[] {r, 0});
            out.add(new double[] {-r, 0});
            out.add(new double[] {0, r});
            out.add(new double[] {0, -r});
        }
        return out;
    }

    private static double zoneMiddleMm(TargetType face, int ring) {
        return face.ringRadiusMm(ring) - face.ringStepMm() / 2;
    }

    private void addNumerals(TargetType face, double black, double paper) {
        double height = NUMERAL_SHARE * face.ringStepMm();
        for (int ring = 1; ring <= 8; ring++) {
            double ink = zoneMiddleMm(face, ring) < face.blackDiameterMm() / 2 ? paper : black;
            String digit = Integer.toString(ring);
            for (double[] c : numeralCentres(face).subList(4 * (ring - 1), 4 * ring)) {
                double x0 = c[0] - StrokeFont.ADVANCE * height / 2;
                double y0 = c[1] - height / 2;
                addText(digit, x0, y0, height, PEN_SHARE * height, ink);
            }
        }
    }

    /**
     * Header, box and corner marks. On the air rifle card (80 mm, DOMAIN.md 1 ring 45.5 mm) the
     * header fits across the top; on the larger faces' cards the margin beyond the 1 ring is a few
     * mm, so header and box sit in the corners, as on printed air pistol cards.
     */
    private void addCardPrint(TargetType face, double cardMm, double black) {
        int first = strokes.size();
        double half = cardMm / 2;
        String header = "ISSF " + face.id().toUpperCase(java.util.Locale.ROOT).replace('-', ' ');
        boolean centred = face == TargetType.AIR_RIFLE_10M;
        double textMm = centred ? 2.8 : 2.5;
        double width = StrokeFont.width(header, 0.3) * textMm;
        double x0 = centred ? -width / 2 : -half + 0.04 * cardMm;
        double y0 = half - (centred ? 0.05 : 0.015) * cardMm - textMm;
        addText(header, x0, y0, textMm, 0.12 * textMm, black);
        // Scoring box near the bottom right corner: outline, a divider, a label.
        double bw = 0.16 * cardMm;
        double bh = 0.08 * cardMm;
        double bx = half - 0.03 * cardMm - bw;
        double by = -half + 0.03 * cardMm;
        double p = CARD_PEN_MM / 2;
        addPolyline(new double[] {bx, by, bx + bw, by, bx + bw, by + bh, bx, by + bh, bx, by}, p, black);
        addPolyline(new double[] {bx + 0.4 * bw, by, bx + 0.4 * bw, by + bh}, p, black);
        addText("NR", bx + 0.05 * bw, by + 0.3 * bh, 0.4 * bh, 0.05 * bh, black);
        // Corner marks.
        double inset = 0.02 * cardMm;
        double arm = 0.08 * cardMm;
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                double cx = sx * (half - inset);
                double cy = sy * (half - inset);
                addPolyline(new double[] {cx - sx * arm, cy, cx, cy, cx, cy - sy * arm}, p, black);
            }
        }
        double clearMm = face.ringRadiusMm(1) + face.calibreMm();
        for (Stroke s : strokes.subList(first, strokes.size())) {
            if (Math.sqrt(s.distance2(0, 0)) < clearMm + s.halfWidth()) {
                throw new IllegalStateException("card print inside the scoring area on " + face.id());
            }
        }
    }

    private void addText(String text, double x0, double y0, double heightMm, double penMm, double ink) {
        for (double[] seg : StrokeFont.segments(text, 0.3)) {
            strokes.add(new Stroke(
                    x0 + seg[0] * heightMm,
                    y0 + seg[1] * heightMm,
                    x0 + seg[2] * heightMm,
                    y0 + seg[3] * heightMm,
                    penMm / 2,
                    ink));
        }
    }

    private void addPolyline(double[] xy, double halfWidth, double ink) {
        for (int k = 0; k + 3 < xy.length; k += 2) {
            strokes.add(new Stroke(xy[k], xy[k + 1], xy[k + 2], xy[k + 3], halfWidth, ink));
        }
    }

    private int cell(double mm) {
        return Math.max(0, Math.min(cells - 1, (int) Math.floor((mm - originMm) / cellMm)));
    }
}
