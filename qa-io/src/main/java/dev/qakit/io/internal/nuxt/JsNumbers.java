package dev.qakit.io.internal.nuxt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers formatted as JavaScript's {@code Number.prototype.toString()} does. Not API. */
public final class JsNumbers {
    private JsNumbers() {
    }

    /**
     * The text JavaScript gives for a number: the shortest digits that read back to the same
     * double, in ECMAScript's layout ({@code 1}, {@code 0.5}, {@code 1e+21}, {@code 5e-324}).
     * {@code -0} is {@code "0"}; NaN and the infinities are {@code NaN}, {@code Infinity},
     * {@code -Infinity}.
     *
     * @param x the number
     * @return its JavaScript text
     */
    public static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String sign = x < 0 ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(x));
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == Math.abs(x)) {
                shortest = candidate;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            sb.append(digits);
            sb.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }
}
