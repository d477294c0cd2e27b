package org.steadyhand.analysis.path;

/**
 * The circle that best fits a set of points in the algebraic least-squares sense (Kasa's fit):
 * minimise the sum of (x² + y² + D x + E y + F)², a linear problem solved in closed form. It is
 * unbiased for points spread round most of a circle, which is the case for a traced
 * capsulorhexis, and needs no starting guess.
 *
 * @param centreXMillimetres fitted centre x, mm
 * @param centreYMillimetres fitted centre y, mm
 * @param radiusMillimetres fitted radius, mm
 */
public record CircleFit(double centreXMillimetres, double centreYMillimetres, double radiusMillimetres) {

    /**
     * @throws IllegalArgumentException when fewer than three usable points are given or they lie
     *     on a line
     */
    public static CircleFit of(double[] xMillimetres, double[] yMillimetres) {
        if (xMillimetres.length != yMillimetres.length) {
            throw new IllegalArgumentException("x and y must have the same samples");
        }
        // Centre the data first: the normal equations are then well conditioned even for a small
        // circle far from the origin.
        double meanX = 0;
        double meanY = 0;
        int n = 0;
        for (int i = 0; i < xMillimetres.length; i++) {
            if (Double.isFinite(xMillimetres[i]) && Double.isFinite(yMillimetres[i])) {
                meanX += xMillimetres[i];
                meanY += yMillimetres[i];
                n++;
            }
        }
        if (n < 3) {
            throw new IllegalArgumentException("a circle fit needs at least 3 points, got " + n);
        }
        meanX /= n;
        meanY /= n;
        double suu = 0;
        double svv = 0;
        double suv = 0;
        double suuu = 0;
        double svvv = 0;
        double suvv = 0;
        double svuu = 0;
        for (int i = 0; i < xMillimetres.length; i++) {
            if (!Double.isFinite(xMillimetres[i]) || !Double.isFinite(yMillimetres[i])) {
                continue;
            }
            double u = xMillimetres[i] - meanX;
            double v = yMillimetres[i] - meanY;
            suu += u * u;
            svv += v * v;
            suv += u * v;
            suuu += u * u * u;
            svvv += v * v * v;
            suvv += u * v * v;
            svuu += v * u * u;
        }
        // Solve [suu suv; suv svv] [uc; vc] = 0.5 [suuu + suvv; svvv + svuu].
        double determinant = suu * svv - suv * suv;
        if (Math.abs(determinant) <= 1e-12 * Math.max(1e-300, suu * svv)) {
            throw new IllegalArgumentException("the points lie on a line; no circle fits them");
        }
        double bu = 0.5 * (suuu + suvv);
        double bv = 0.5 * (svvv + svuu);
        double uc = (bu * svv - bv * suv) / determinant;
        double vc = (suu * bv - suv * bu) / determinant;
        double radius = Math.sqrt(uc * uc + vc * vc + (suu + svv) / n);
        return new CircleFit(uc + meanX, vc + meanY, radius);
    }
}
