package dev.qakit.io.devalue;

/**
 * How to read the two payload forms whose meaning changed in devalue 5.7.0 (format spec §9).
 *
 * <p>A boxed number {@code ["Object", 42]} is a reference to slot 42 since 5.7.0, the number
 * itself before; a partial typed-array view {@code ["Uint16Array", b, 2, 5]} is
 * {@code byteOffset, length} since 5.7.0, the element range {@code start, end} in 5.3-5.6.x.
 * The unambiguous old forms (a boxed string or boolean written inline, a typed array written as
 * inline base64, {@code ["BigInt", 5]}) are read in every dialect.
 */
public enum WireDialect {
    /** Payloads written by devalue 5.7.0 or later (Nuxt 3.21 / 4.3 and later). The default. */
    CURRENT,
    /** Payloads written by devalue before 5.7.0. */
    LEGACY
}
