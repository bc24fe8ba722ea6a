package org.sitrep.store.sources;

/**
 * A Beta(alpha, beta) belief in how often a source is right: its mean and a central credible
 * interval. Quantiles by bisection on the regularized incomplete beta function (continued fraction).
 */
public record BetaPosterior(double alpha, double beta) {

    /** The flat prior Beta(1, 1) plus weighted evidence for and against. */
    public static BetaPosterior of(double weightFor, double weightAgainst) {
        return new BetaPosterior(1 + Math.max(0, weightFor), 1 + Math.max(0, weightAgainst));
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    /** The value below which the belief puts probability {@code p}. */
    public double quantile(double p) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(alpha + beta) - logGamma(alpha) - logGamma(beta)
                + alpha * Math.log(x) + beta * Math.log(1 - x));
        // the continued fraction converges fast on this side of the mean; use the symmetry on the other
        if (x < (alpha + 1) / (alpha + beta + 2)) {
            return front * fraction(alpha, beta, x) / alpha;
        }
        return 1 - front * fraction(beta, alpha, 1 - x) / beta;
    }

    private static double fraction(double a, double b, double x) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + num * d;
            c = 1 + num / c;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + num * d;
            c = 1 + num / c;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = Math.abs(c) < tiny ? tiny : c;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-12) {
                break;
            }
        }
        return h;
    }

    /** Lanczos' approximation of ln Γ(x), x > 0. */
    static double logGamma(double x) {
        double[] g = {76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
            0.1208650973866179e-2, -0.5395239384953e-5};
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double coefficient : g) {
            ser += coefficient / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
