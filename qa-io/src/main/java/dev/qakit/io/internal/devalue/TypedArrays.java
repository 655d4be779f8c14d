package dev.qakit.io.internal.devalue;

import dev.qakit.io.devalue.TypedArrayKind;
import java.math.BigInteger;

/** Reads and writes little-endian typed-array elements. */
public final class TypedArrays {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private TypedArrays() {
    }

    /**
     * Reads one element.
     *
     * @param kind the element kind
     * @param b the buffer bytes
     * @param at the byte offset of the element
     * @return a {@link Double}, or a {@link BigInteger} for the BigInt kinds
     */
    public static Object read(TypedArrayKind kind, byte[] b, int at) {
        switch (kind) {
            case INT8:
                return (double) b[at];
            case UINT8:
            case UINT8_CLAMPED:
                return (double) (b[at] & 0xFF);
            case INT16:
                return (double) (short) le(b, at, 2);
            case UINT16:
                return (double) le(b, at, 2);
            case INT32:
                return (double) (int) le(b, at, 4);
            case UINT32:
                return (double) le(b, at, 4);
            case FLOAT16:
                return (double) halfToFloat((int) le(b, at, 2));
            case FLOAT32:
                return (double) Float.intBitsToFloat((int) le(b, at, 4));
            case FLOAT64:
                return Double.longBitsToDouble(le(b, at, 8));
            case BIGINT64:
                return BigInteger.valueOf(le(b, at, 8));
            case BIGUINT64: {
                long v = le(b, at, 8);
                BigInteger big = BigInteger.valueOf(v);
                return v < 0 ? big.add(TWO_64) : big;
            }
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Writes one element, converting as JavaScript's typed-array assignment does (wrapping
     * integers, rounding floats).
     *
     * @param kind the element kind
     * @param b the buffer bytes
     * @param at the byte offset of the element
     * @param value a number ({@link Double}) or, for the BigInt kinds, a {@link BigInteger}
     */
    public static void write(TypedArrayKind kind, byte[] b, int at, Object value) {
        switch (kind) {
            case BIGINT64:
            case BIGUINT64:
                putLe(b, at, 8, ((BigInteger) value).longValue());
                return;
            case FLOAT64:
                putLe(b, at, 8, Double.doubleToRawLongBits(((Number) value).doubleValue()));
                return;
            case FLOAT32:
                putLe(b, at, 4, Float.floatToRawIntBits((float) ((Number) value).doubleValue()));
                return;
            case FLOAT16:
                putLe(b, at, 2, floatToHalf((float) ((Number) value).doubleValue()));
                return;
            case UINT8_CLAMPED: {
                double d = ((Number) value).doubleValue();
                long v = Double.isNaN(d) ? 0 : Math.max(0, Math.min(255, Math.round(Math.rint(d))));
                b[at] = (byte) v;
                return;
            }
            default: {
                double d = ((Number) value).doubleValue();
                long v = Double.isNaN(d) || Double.isInfinite(d) ? 0 : new java.math.BigDecimal(d).toBigInteger().longValue();
                putLe(b, at, kind.bytesPerElement(), v);
            }
        }
    }

    private static long le(byte[] b, int at, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }

    private static void putLe(byte[] b, int at, int n, long v) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /**
     * An IEEE 754 half-precision value as a float (exact).
     *
     * @param h the 16 bits
     * @return the value
     */
    public static float halfToFloat(int h) {
        int sign = (h >>> 15) & 1;
        int exp = (h >>> 10) & 0x1F;
        int mant = h & 0x3FF;
        float v;
        if (exp == 0) {
            v = mant * 0x1p-24f;
        } else if (exp == 31) {
            v = mant == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else {
            v = (1 + mant / 1024f) * (float) Math.pow(2, exp - 15);
        }
        return sign == 0 ? v : -v;
    }

    /**
     * A float rounded to IEEE 754 half precision (round half to even).
     *
     * @param f the value
     * @return the 16 bits
     */
    public static int floatToHalf(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        if (Float.isNaN(f)) {
            return sign | 0x7E00;
        }
        float a = Math.abs(f);
        if (a >= 65520f) {
            return sign | 0x7C00;
        }
        if (a < 0x1p-14f) {
            // subnormal (or zero): units of 2^-24, round half to even
            int units = (int) Math.rint(a * 0x1p24f);
            return sign | units;
        }
        int exp = Math.getExponent(a);
        double scaled = a / Math.pow(2, exp) - 1; // in [0, 1)
        long mant = (long) Math.rint(scaled * 1024);
        if (mant == 1024) {
            mant = 0;
            exp++;
        }
        if (exp + 15 >= 31) {
            return sign | 0x7C00;
        }
        return sign | ((exp + 15) << 10) | (int) mant;
    }
}
