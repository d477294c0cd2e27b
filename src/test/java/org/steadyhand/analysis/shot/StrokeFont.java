package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small stroke font for rendered targets: digits and the capitals of a target's header, each a
 * set of polylines in a box 0.6 wide and 1 tall (y up), drawn with a round pen. Pure arithmetic,
 * so a rendered glyph is the same on every machine (a system font would not be: which fonts a
 * machine has, and how Java2D rasterises them, differ).
 */
final class StrokeFont {
    /** Width of a glyph's box, as a share of its height. */
    static final double ADVANCE = 0.6;

    private static final Map<Character, double[][]> GLYPHS = Map.ofEntries(
            Map.entry('0', new double[][] {ellipse(0.3, 0.5, 0.3, 0.5, 0, 360)}),
            Map.entry('1', new double[][] {{0.1, 0.75, 0.35, 1, 0.35, 0}, {0.12, 0, 0.58, 0}}),
            Map.entry('2', new double[][] {concat(arc(0.3, 0.72, 0.28, 160, -40), new double[] {0, 0, 0.6, 0})}),
            Map.entry('3', new double[][] {arc(0.3, 0.76, 0.24, 150, -90), arc(0.3, 0.26, 0.26, 90, -150)}),
            Map.entry('4', new double[][] {{0.46, 0, 0.46, 1, 0, 0.3, 0.6, 0.3}}),
            Map.entry('5', new double[][] {
                concat(new double[] {0.56, 1, 0.08, 1, 0.04, 0.55}, arc(0.3, 0.31, 0.3, 130, -140))
            }),
            Map.entry('6', new double[][] {{0.5, 1, 0.03, 0.34}, ellipse(0.3, 0.29, 0.28, 0.29, 0, 360)}),
            Map.entry('7', new double[][] {{0, 1, 0.6, 1, 0.18, 0}}),
            Map.entry(
                    '8',
                    new double[][] {ellipse(0.3, 0.77, 0.22, 0.23, 0, 360), ellipse(0.3, 0.27, 0.28, 0.27, 0, 360)}),
            Map.entry('9', new double[][] {{0.57, 0.66, 0.1, 0}, ellipse(0.3, 0.71, 0.28, 0.29, 0, 360)}),
            Map.entry('A', new double[][] {{0, 0, 0.3, 1, 0.6, 0}, {0.1, 0.35, 0.5, 0.35}}),
            Map.entry('E', new double[][] {{0.6, 1, 0, 1, 0, 0, 0.6, 0}, {0, 0.5, 0.45, 0.5}}),
            Map.entry('F', new double[][] {{0.6, 1, 0, 1, 0, 0}, {0, 0.5, 0.45, 0.5}}),
            Map.entry('I', new double[][] {{0.3, 0, 0.3, 1}}),
            Map.entry('L', new double[][] {{0, 1, 0, 0, 0.6, 0}}),
            Map.entry('M', new double[][] {{0, 0, 0, 1, 0.3, 0.4, 0.6, 1, 0.6, 0}}),
            Map.entry('N', new double[][] {{0, 0, 0, 1, 0.6, 0, 0.6, 1}}),
            Map.entry('O', new double[][] {ellipse(0.3, 0.5, 0.3, 0.5, 0, 360)}),
            Map.entry('P', new double[][] {{0, 0, 0, 1, 0.4, 1, 0.6, 0.85, 0.6, 0.65, 0.4, 0.5, 0, 0.5}}),
            Map.entry(
                    'R',
                    new double[][] {{0, 0, 0, 1, 0.4, 1, 0.6, 0.85, 0.6, 0.65, 0.4, 0.5, 0, 0.5}, {0.3, 0.5, 0.6, 0}}),
            Map.entry('S', new double[][] {
                {
                    0.6, 0.9, 0.4, 1, 0.15, 1, 0, 0.85, 0, 0.65, 0.15, 0.52, 0.45, 0.48, 0.6, 0.35, 0.6, 0.15, 0.45, 0,
                    0.15, 0, 0, 0.1
                }
            }),
            Map.entry('T', new double[][] {{0, 1, 0.6, 1}, {0.3, 1, 0.3, 0}}));

    private StrokeFont() {}

    /** The segments of {@code text} ({x0, y0, x1, y1} in glyph heights), glyphs one advance apart. */
    static List<double[]> segments(String text, double spacing) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            double[][] lines = GLYPHS.get(text.charAt(i));
            if (lines == null) {
                continue; // a space
            }
            double x0 = i * (ADVANCE + spacing);
            for (double[] line : lines) {
                for (int k = 0; k + 3 < line.length; k += 2) {
                    out.add(new double[] {x0 + line[k], line[k + 1], x0 + line[k + 2], line[k + 3]});
                }
            }
        }
        return out;
    }

    /** Width of {@code text} in glyph heights. */
    static double width(String text, double spacing) {
        return text.length() * ADVANCE + (text.length() - 1) * spacing;
    }

    private static double[] arc(double cx, double cy, double r, double fromDegrees, double toDegrees) {
        return ellipse(cx, cy, r, r, fromDegrees, toDegrees);
    }

    private static double[] ellipse(double cx, double cy, double rx, double ry, double fromDegrees, double toDegrees) {
        int n = 24;
        double[] out = new double[2 * (n + 1)];
        for (int k = 0; k <= n; k++) {
            double a = Math.toRadians(fromDegrees + (toDegrees - fromDegrees) * k / n);
            out[2 * k] = cx + rx * Math.cos(a);
            out[2 * k + 1] = cy + ry * Math.sin(a);
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
