package dev.qakit.io.internal.js;

import java.math.BigInteger;

/**
 * The text of a number as ECMAScript's {@code Number::toString(x)} (radix 10) gives it, which is
 * what {@code String(x)}, {@code JSON.stringify} and devalue write: the fewest significant
 * digits that read back to the same double (of two such digit strings, the one closer to the
 * exact value; of two equally close, the even one), laid out as {@code 100}, {@code 0.001},
 * {@code 1.5e-7} or {@code 1e+21}. {@code -0} prints as {@code 0}.
 *
 * <p>The digits are found exactly, with integer arithmetic: the candidates with {@code p}
 * significant digits nearest below and above the value are tested against the interval of
 * decimals that round to it, for the smallest {@code p} that has one. The search starts at the
 * length of {@link Double#toString(double)}'s digits (always a round-tripping length on JDK 17,
 * though not always the shortest or the closest), so it usually takes two tests. Not API.
 */
public final class JsNumberText {
    /** {@code 10^i} for every exponent a double's digits can need. */
    private static final BigInteger[] POW10 = new BigInteger[360];

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    private static final long TWO_53 = 1L << 53;

    private JsNumberText() {
    }

    /**
     * The JavaScript text of a number.
     *
     * @param x the number
     * @return its text, such as {@code 0.1}, {@code 1e+21}, {@code NaN} or {@code -Infinity}
     */
    public static String toString(double x) {
        StringBuilder sb = new StringBuilder(24);
        append(x, sb);
        return sb.toString();
    }

    /**
     * Appends the JavaScript text of a number.
     *
     * @param x the number
     * @param sb where to append
     */
    public static void append(double x, StringBuilder sb) {
        if (x != x) {
            sb.append("NaN");
            return;
        }
        if (x == 0) {
            sb.append('0');
            return;
        }
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            sb.append("Infinity");
            return;
        }
        if (x < TWO_53 && x == Math.rint(x)) {
            // below 2^53 an integer's exact digits are also its shortest ones
            sb.append((long) x);
            return;
        }
        Decimal d = shortest(x);
        layout(d.digits, d.pointPosition, sb);
    }

    /** Digits without trailing zeros and the position of the decimal point: the value is 0.digits × 10^pointPosition. */
    private record Decimal(String digits, int pointPosition) {
    }

    private static Decimal shortest(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & ((1L << 52) - 1);
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        int e = biased == 0 ? -1074 : biased - 1075;
        // v = m·2^e; the decimals that read back as v lie between (4m-2 or 4m-1)·2^(e-2) and (4m+2)·2^(e-2),
        // the bounds included when m is even (reading rounds ties to the even significand)
        Interval in = new Interval(m, e - 2, fraction == 0 && biased > 1, (m & 1) == 0);
        int n = in.decimalExponent(v);
        int hint = significantDigits(Double.toString(v));
        int p = Math.max(1, hint - 1);
        Decimal found = in.nearest(n, p);
        if (found != null) {
            // one digit fewer than the JDK's works: look further down
            for (int q = p - 1; q >= 1; q--) {
                Decimal shorter = in.nearest(n, q);
                if (shorter == null) {
                    break;
                }
                found = shorter;
            }
            return found;
        }
        for (int q = p + 1; q <= 17; q++) {
            found = in.nearest(n, q);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no 17-digit decimal reads back as " + v);
    }

    /** The number of significant digits in {@link Double#toString(double)}'s output. */
    private static int significantDigits(String javaText) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < javaText.length(); i++) {
            char c = javaText.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int count = 0;
        for (int i = first; i <= last; i++) {
            if (javaText.charAt(i) != '.') {
                count++;
            }
        }
        return count;
    }

    /**
     * The rounding interval of one positive double, kept as exact integers: the value is
     * {@code 4m·2^q}, the interval {@code [lowNumerator·2^q, highNumerator·2^q]}.
     */
    private static final class Interval {
        private final BigInteger value;
        private final BigInteger low;
        private final BigInteger high;
        private final int q;
        private final boolean inclusive;

        Interval(long m, int q, boolean narrowBelow, boolean inclusive) {
            long m4 = m << 2;
            this.value = BigInteger.valueOf(m4);
            this.low = BigInteger.valueOf(narrowBelow ? m4 - 1 : m4 - 2);
            this.high = BigInteger.valueOf(m4 + 2);
            this.q = q;
            this.inclusive = inclusive;
        }

        /** The n with 10^(n-1) ≤ v &lt; 10^n, for the value v this interval belongs to. */
        int decimalExponent(double v) {
            int n = (int) Math.floor(Math.log10(v)) + 1;
            // the estimate can be one off next to powers of ten
            while (compare(value, BigInteger.ONE, n) >= 0) {
                n++;
            }
            while (compare(value, BigInteger.ONE, n - 1) < 0) {
                n--;
            }
            return n;
        }

        /**
         * The p-digit decimal nearest the value among those that read back as it, or null when
         * no p-digit decimal does.
         */
        Decimal nearest(int n, int p) {
            int j = n - p;
            // c = floor(value·2^q / 10^j), computed as num / den
            BigInteger num = scaled(value, Math.max(q, 0), Math.max(-j, 0));
            BigInteger den = scaled(BigInteger.ONE, Math.max(-q, 0), Math.max(j, 0));
            BigInteger[] qr = num.divideAndRemainder(den);
            BigInteger down = qr[0];
            if (qr[1].signum() == 0) {
                return decimal(down, j);
            }
            BigInteger up = down.add(BigInteger.ONE);
            boolean downOk = down.signum() > 0 && inside(compare(low, down, j), true);
            boolean upOk = inside(compare(high, up, j), false);
            if (downOk && upOk) {
                int c = qr[1].shiftLeft(1).compareTo(den);
                if (c < 0 || (c == 0 && !down.testBit(0))) {
                    return decimal(down, j);
                }
                return decimal(up, j);
            }
            if (downOk) {
                return decimal(down, j);
            }
            if (upOk) {
                return decimal(up, j);
            }
            return null;
        }

        /** Whether a candidate passes a bound, given bound·2^q compared with candidate·10^j. */
        private boolean inside(int boundVsCandidate, boolean lowBound) {
            if (boundVsCandidate == 0) {
                return inclusive;
            }
            return lowBound ? boundVsCandidate < 0 : boundVsCandidate > 0;
        }

        /** Compares {@code x·2^q} with {@code c·10^j}. */
        private int compare(BigInteger x, BigInteger c, int j) {
            BigInteger left = scaled(x, Math.max(q, 0), Math.max(-j, 0));
            BigInteger right = scaled(c, Math.max(-q, 0), Math.max(j, 0));
            return left.compareTo(right);
        }

        private static BigInteger scaled(BigInteger x, int twos, int tens) {
            BigInteger r = tens == 0 ? x : x.multiply(POW10[tens]);
            return twos == 0 ? r : r.shiftLeft(twos);
        }

        private static Decimal decimal(BigInteger c, int j) {
            String s = c.toString();
            int end = s.length();
            while (end > 1 && s.charAt(end - 1) == '0') {
                end--;
            }
            return new Decimal(s.substring(0, end), s.length() + j);
        }
    }

    /** ECMAScript's layout of k digits with the decimal point at n (Number::toString, steps 6 to 10). */
    private static void layout(String digits, int n, StringBuilder sb) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            sb.append(digits);
            for (int i = k; i < n; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = n; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            int exponent = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
    }
}
