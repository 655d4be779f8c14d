package dev.qakit.io.devalue;

import java.util.Optional;

/** The kinds of JavaScript typed array, each with its devalue tag and element size. */
public enum TypedArrayKind {
    /** {@code Int8Array}. */
    INT8("Int8Array", 1),
    /** {@code Uint8Array}. */
    UINT8("Uint8Array", 1),
    /** {@code Uint8ClampedArray}. */
    UINT8_CLAMPED("Uint8ClampedArray", 1),
    /** {@code Int16Array}. */
    INT16("Int16Array", 2),
    /** {@code Uint16Array}. */
    UINT16("Uint16Array", 2),
    /** {@code Int32Array}. */
    INT32("Int32Array", 4),
    /** {@code Uint32Array}. */
    UINT32("Uint32Array", 4),
    /** {@code Float16Array} (devalue 5.7.0+). */
    FLOAT16("Float16Array", 2),
    /** {@code Float32Array}. */
    FLOAT32("Float32Array", 4),
    /** {@code Float64Array}. */
    FLOAT64("Float64Array", 8),
    /** {@code BigInt64Array}: elements are {@link java.math.BigInteger}s. */
    BIGINT64("BigInt64Array", 8),
    /** {@code BigUint64Array}: elements are {@link java.math.BigInteger}s. */
    BIGUINT64("BigUint64Array", 8);

    private final String tag;
    private final int bytesPerElement;

    TypedArrayKind(String tag, int bytesPerElement) {
        this.tag = tag;
        this.bytesPerElement = bytesPerElement;
    }

    /**
     * The devalue tag, which is also the JavaScript constructor name.
     *
     * @return the tag, such as {@code Uint8Array}
     */
    public String tag() {
        return tag;
    }

    /**
     * The size of one element in bytes.
     *
     * @return 1, 2, 4 or 8
     */
    public int bytesPerElement() {
        return bytesPerElement;
    }

    /**
     * Whether elements are {@link java.math.BigInteger}s rather than {@link Double}s.
     *
     * @return true for the two BigInt kinds
     */
    public boolean isBigInt() {
        return this == BIGINT64 || this == BIGUINT64;
    }

    /**
     * The kind with a devalue tag.
     *
     * @param tag the tag, case-sensitive
     * @return the kind, or empty if the tag names no typed array
     */
    public static Optional<TypedArrayKind> ofTag(String tag) {
        for (TypedArrayKind k : values()) {
            if (k.tag.equals(tag)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
