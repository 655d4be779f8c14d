package dev.qakit.io.internal.devalue;

/** Numbers as JavaScript's {@code String(n)} prints them. */
public final class JsNumbers {
    private JsNumbers() {
    }

    /**
     * Formats a double as JavaScript does ({@code 1e+21}, {@code 5e-324}, {@code 100},
     * {@code 0.1}, {@code NaN}, {@code -Infinity}); -0 prints as {@code 0}.
     *
     * @param d a double
     * @return the text
     */
    public static String toJsString(double d) {
        StringBuilder sb = new StringBuilder(24);
        append(d, sb);
        return sb.toString();
    }

    /**
     * Appends a double as JavaScript prints it.
     *
     * @param d a double
     * @param sb where to append
     */
    public static void append(double d, StringBuilder sb) {
        if (!Double.isFinite(d)) {
            sb.append(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            return;
        }
        if (d == 0) {
            sb.append('0');
            return;
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            sb.append((long) d);
            return;
        }
        String repr = Double.toString(Math.abs(d));
        // Java's form: digits '.' digits ['E' exponent]
        int e = repr.indexOf('E');
        String mantissa = e < 0 ? repr : repr.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(repr.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPos = dot + exp; // decimal point position relative to the start of digits
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            pointPos--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        // Java 17's Double.toString may give a digit more than the shortest form (4.9E-324): drop digits while the value survives
        while (digits.length() > 1) {
            java.math.BigDecimal shorter = new java.math.BigDecimal(new java.math.BigInteger(digits), digits.length() - pointPos)
                    .round(new java.math.MathContext(digits.length() - 1, java.math.RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != Math.abs(d)) {
                break;
            }
            String u = shorter.unscaledValue().toString();
            int newPoint = u.length() - shorter.scale();
            int e2 = u.length();
            while (e2 > 1 && u.charAt(e2 - 1) == '0') {
                e2--;
            }
            digits = u.substring(0, e2);
            pointPos = newPoint;
        }
        int k = digits.length();
        int n = pointPos;
        if (d < 0) {
            sb.append('-');
        }
        if (k <= n && n <= 21) {
            sb.append(digits);
            for (int i = k; i < n; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = 0; i < -n; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            int e10 = n - 1;
            sb.append('e').append(e10 < 0 ? '-' : '+').append(Math.abs(e10));
        }
    }
}
