package dev.qakit.validate.internal;

/**
 * FNV-1a, 64 bits: the hash of question texts (over their chars) and of report fingerprints
 * (over their UTF-8 bytes). Not API.
 */
public final class Fnv1a {
    /** The offset basis: the hash of nothing. */
    public static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv1a() {
    }

    /**
     * The hash with one more unit.
     *
     * @param h the hash so far
     * @param unit the unit: a char, or a byte as 0-255
     * @return the hash
     */
    public static long add(long h, int unit) {
        return (h ^ unit) * PRIME;
    }
}
