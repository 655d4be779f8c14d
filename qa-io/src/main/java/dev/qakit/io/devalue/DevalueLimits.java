package dev.qakit.io.devalue;

import java.util.Objects;

/**
 * The resource limits of a {@link DevalueCodec}: how deep, how big and how long the things in
 * a payload may be. A payload that crosses one is rejected with a problem
 * ({@code devalue.depth-limit} or {@code devalue.size-limit}), never with an
 * {@link OutOfMemoryError} or a {@link StackOverflowError}.
 *
 * <p>The limits configure the codec's own JSON reader (never a process-wide default).
 * Immutable and thread-safe; create one with {@link #builder()} or use {@link #DEFAULTS}.
 */
public final class DevalueLimits {

    /**
     * Default {@link #maxDepth()}: 100 000 nested containers. Decoding and encoding never recurse,
     * so deep graphs are safe here; the limit protects the code that walks the result.
     */
    public static final int DEFAULT_MAX_DEPTH = 100_000;
    /** Default {@link #maxBytes()}: 64 MiB. Real payloads are rarely above a few megabytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Default {@link #maxStringLength()}: 20 000 000 characters (Jackson's own default). */
    public static final int DEFAULT_MAX_STRING_LENGTH = 20_000_000;
    /** Default {@link #maxNumberLength()}: 1000 characters (Jackson's own default). */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;
    /** Default {@link #maxSparseLength()}: 2<sup>32</sup>−1, the largest JavaScript array length. */
    public static final long DEFAULT_MAX_SPARSE_LENGTH = SparseArray.MAX_LENGTH;

    /** The default limits. */
    public static final DevalueLimits DEFAULTS = builder().build();

    private final int maxDepth;
    private final long maxBytes;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final long maxSparseLength;

    private DevalueLimits(Builder b) {
        this.maxDepth = b.maxDepth;
        this.maxBytes = b.maxBytes;
        this.maxStringLength = b.maxStringLength;
        this.maxNumberLength = b.maxNumberLength;
        this.maxSparseLength = b.maxSparseLength;
    }

    /**
     * A builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these limits.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxDepth = maxDepth;
        b.maxBytes = maxBytes;
        b.maxStringLength = maxStringLength;
        b.maxNumberLength = maxNumberLength;
        b.maxSparseLength = maxSparseLength;
        return b;
    }

    /**
     * The deepest nesting of containers (arrays, objects, Maps, Sets, tags) in a decoded or
     * encoded graph, and of JSON in canonical JSON text. Defaults to {@value #DEFAULT_MAX_DEPTH}.
     *
     * @return the maximum depth
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The largest input, in bytes (or characters, for text input). Defaults to 64 MiB.
     *
     * @return the maximum input size
     */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The longest string or object key, in characters. Defaults to {@value #DEFAULT_MAX_STRING_LENGTH}.
     *
     * @return the maximum string length
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The longest number literal, in characters. Defaults to {@value #DEFAULT_MAX_NUMBER_LENGTH}.
     *
     * @return the maximum number length
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * The largest length a sparse array ({@code [-7, length, ...]}) may declare. The decoder never
     * allocates storage proportional to it. Defaults to 2<sup>32</sup>−1.
     *
     * @return the maximum sparse-array length
     */
    public long maxSparseLength() {
        return maxSparseLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevalueLimits l && l.maxDepth == maxDepth && l.maxBytes == maxBytes && l.maxStringLength == maxStringLength
                && l.maxNumberLength == maxNumberLength && l.maxSparseLength == maxSparseLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDepth, maxBytes, maxStringLength, maxNumberLength, maxSparseLength);
    }

    @Override
    public String toString() {
        return "DevalueLimits[maxDepth=" + maxDepth + ", maxBytes=" + maxBytes + ", maxStringLength=" + maxStringLength
                + ", maxNumberLength=" + maxNumberLength + ", maxSparseLength=" + maxSparseLength + "]";
    }

    /** Builds {@link DevalueLimits}. Not thread-safe. */
    public static final class Builder {
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private long maxSparseLength = DEFAULT_MAX_SPARSE_LENGTH;

        private Builder() {
        }

        /**
         * Sets {@link DevalueLimits#maxDepth()}.
         *
         * @param maxDepth at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = positive("maxDepth", maxDepth);
            return this;
        }

        /**
         * Sets {@link DevalueLimits#maxBytes()}.
         *
         * @param maxBytes at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Sets {@link DevalueLimits#maxStringLength()}.
         *
         * @param maxStringLength at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = positive("maxStringLength", maxStringLength);
            return this;
        }

        /**
         * Sets {@link DevalueLimits#maxNumberLength()}.
         *
         * @param maxNumberLength at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
            return this;
        }

        /**
         * Sets {@link DevalueLimits#maxSparseLength()}.
         *
         * @param maxSparseLength 0 to 2<sup>32</sup>−1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxSparseLength(long maxSparseLength) {
            if (maxSparseLength < 0 || maxSparseLength > SparseArray.MAX_LENGTH) {
                throw new IllegalArgumentException("maxSparseLength must be in [0, " + SparseArray.MAX_LENGTH + "], got " + maxSparseLength);
            }
            this.maxSparseLength = maxSparseLength;
            return this;
        }

        /**
         * Builds the limits.
         *
         * @return the limits
         */
        public DevalueLimits build() {
            return new DevalueLimits(this);
        }

        private static int positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return value;
        }
    }
}
