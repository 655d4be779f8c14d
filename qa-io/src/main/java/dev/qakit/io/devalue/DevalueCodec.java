package dev.qakit.io.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.io.internal.devalue.DevalueDecoder;
import dev.qakit.io.internal.devalue.PayloadEncoder;
import dev.qakit.io.internal.devalue.PayloadInput;
import dev.qakit.model.problem.ContentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes and encodes devalue payloads: the JSON text that devalue's {@code stringify} writes
 * and Nuxt puts in {@code _payload.json} and {@code __NUXT_DATA__}.
 *
 * <pre>{@code
 * DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
 * Object payload = codec.decode(Path.of("_payload.json"));
 * String text = codec.encode(payload);
 * }</pre>
 *
 * <p><b>Decoded values.</b> {@code null} is {@link dev.qakit.model.JsonNull#INSTANCE},
 * {@code undefined} {@link dev.qakit.model.Undefined#INSTANCE}; booleans are {@link Boolean},
 * strings {@link String}, every number a {@link Double} ({@code -0.0}, NaN and ±Infinity
 * included); an array without holes is a mutable {@code ArrayList<Object>}, one with a hole a
 * {@link SparseArray}; a plain object is a mutable {@code LinkedHashMap<String, Object>} in
 * payload key order (integer-like keys first, as JavaScript orders them); a null-prototype
 * object is a {@link NullProtoObject}; BigInt is {@link java.math.BigInteger}; the other kinds
 * are {@link JsDate}, {@link JsRegExp}, {@link JsBoxed}, {@link JsSet}, {@link JsMap},
 * {@link JsUrl}, {@link JsUrlSearchParams}, {@link JsArrayBuffer}, {@link JsTypedArray},
 * {@link JsDataView}, {@link JsTemporal}, and for custom tags whatever their
 * {@link TagHandler} returns ({@link Tagged} for kept tags). Containers are mutable so that
 * cycles can be built: a slot referenced twice decodes to one instance, and a graph may refer
 * back to itself. Never hash or deep-compare a decoded graph: it may be cyclic.
 *
 * <p><b>Errors.</b> Defective content is reported as {@link dev.qakit.model.problem.Problem}s
 * with rule ids {@code devalue.*}, at the line and column of the offending slot or character
 * and with the slot index as pointer ({@code @12}). The {@code read} methods return them in a
 * {@link ReadResult}; the {@code decode} methods throw a {@link ContentException}. No other
 * exception escapes for bad content; decoding never recurses, so deep input cannot overflow
 * the stack.
 *
 * <p><b>Locations.</b> A {@code read} result's {@link ReadResult#sourceMap() source map}
 * locates any JSON Pointer into the decoded value at the slot that wrote it
 * ({@code locate("/data/page/title")} gives the title string's line and column): pointers
 * follow object members and array items, and pass through a custom tag whose first operand is
 * a reference (as Nuxt's {@code ShallowReactive}); the values inside devalue's own tags are
 * located as their tag, and a pointer with no slot of its own at its nearest ancestor. The
 * slots are recorded by the decoding pass itself.
 *
 * <p>Immutable and thread-safe: build one and share it. Each call works in its own context.
 */
public final class DevalueCodec {
    private final List<TagHandler> tags;
    private final UnknownTagPolicy unknownTags;
    private final WireDialect dialect;
    private final DevalueLimits limits;
    private final DevalueDecoder decoder;
    private final PayloadEncoder encoder;

    private DevalueCodec(Builder b) {
        this.tags = List.copyOf(b.tags);
        this.unknownTags = b.unknownTags;
        this.dialect = b.dialect;
        this.limits = b.limits;
        Map<String, TagHandler> byName = new LinkedHashMap<>();
        for (TagHandler t : tags) {
            byName.putIfAbsent(t.name(), t);
        }
        this.decoder = new DevalueDecoder(byName, unknownTags != UnknownTagPolicy.REJECT, dialect == WireDialect.LEGACY, limits);
        this.encoder = new PayloadEncoder(tags, limits);
    }

    /**
     * A builder with no tag handlers, {@link UnknownTagPolicy#REJECT}, {@link WireDialect#CURRENT}
     * and {@link DevalueLimits#DEFAULTS}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this codec's configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tags.addAll(tags);
        b.unknownTags = unknownTags;
        b.dialect = dialect;
        b.limits = limits;
        return b;
    }

    /**
     * The tag handlers, in registration order.
     *
     * @return an immutable list
     */
    public List<TagHandler> tags() {
        return tags;
    }

    /**
     * What decoding does with a tag nobody handles.
     *
     * @return the policy
     */
    public UnknownTagPolicy unknownTags() {
        return unknownTags;
    }

    /**
     * How the forms whose meaning changed in devalue 5.7.0 are read.
     *
     * @return the dialect
     */
    public WireDialect dialect() {
        return dialect;
    }

    /**
     * The resource limits.
     *
     * @return the limits
     */
    public DevalueLimits limits() {
        return limits;
    }

    /**
     * The canonical-JSON converter that matches this codec: the same tag handlers and limits.
     *
     * @return the converter
     */
    public CanonicalJson canonicalJson() {
        return CanonicalJson.builder().tags(tags).limits(limits).build();
    }

    /**
     * Decodes a payload held in a string.
     *
     * @param text the payload
     * @param source the file or label for problem locations, such as {@code <string>}
     * @return the decoded value
     * @throws ContentException carrying the problems if the payload is defective
     */
    public Object decode(String text, String source) {
        return read(text, source).orThrow();
    }

    /**
     * Decodes a payload read from a reader, to its end. The reader is not closed.
     *
     * @param reader the payload
     * @param source the file or label for problem locations
     * @return the decoded value
     * @throws IOException if reading fails
     * @throws ContentException carrying the problems if the payload is defective
     */
    public Object decode(Reader reader, String source) throws IOException {
        return read(reader, source).orThrow();
    }

    /**
     * Decodes a UTF-8 payload read from a stream, to its end. The stream is not closed.
     *
     * @param in the payload
     * @param source the file or label for problem locations
     * @return the decoded value
     * @throws IOException if reading fails
     * @throws ContentException carrying the problems if the payload is defective
     */
    public Object decode(InputStream in, String source) throws IOException {
        return read(in, source).orThrow();
    }

    /**
     * Decodes a UTF-8 payload held in bytes.
     *
     * @param bytes the payload; not modified
     * @param source the file or label for problem locations
     * @return the decoded value
     * @throws ContentException carrying the problems if the payload is defective
     */
    public Object decode(byte[] bytes, String source) {
        return read(bytes, source).orThrow();
    }

    /**
     * Decodes a UTF-8 payload file; problems name the file as given, with {@code /} separators.
     *
     * @param file the file
     * @return the decoded value
     * @throws IOException if reading fails
     * @throws ContentException carrying the problems if the payload is defective
     */
    public Object decode(Path file) throws IOException {
        return read(file).orThrow();
    }

    /**
     * Decodes a payload held in a string, collecting problems instead of throwing.
     *
     * @param text the payload
     * @param source the file or label for problem locations
     * @return the value, or no value and the problems
     */
    public ReadResult<Object> read(String text, String source) {
        Objects.requireNonNull(text, "text");
        return decoder.read(PayloadInput.of(text), checkSource(source));
    }

    /**
     * Decodes a payload read from a reader, collecting problems instead of throwing. The reader
     * is not closed.
     *
     * @param reader the payload
     * @param source the file or label for problem locations
     * @return the value, or no value and the problems
     * @throws IOException if reading fails
     */
    public ReadResult<Object> read(Reader reader, String source) throws IOException {
        Objects.requireNonNull(reader, "reader");
        String src = checkSource(source);
        PayloadInput input = PayloadInput.read(reader, limits.maxBytes());
        return input == null ? decoder.tooLarge(src) : decoder.read(input, src);
    }

    /**
     * Decodes a UTF-8 payload read from a stream, collecting problems instead of throwing. The
     * stream is not closed.
     *
     * @param in the payload
     * @param source the file or label for problem locations
     * @return the value, or no value and the problems
     * @throws IOException if reading fails
     */
    public ReadResult<Object> read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        String src = checkSource(source);
        PayloadInput input = PayloadInput.read(in, limits.maxBytes());
        return input == null ? decoder.tooLarge(src) : decoder.read(input, src);
    }

    /**
     * Decodes a UTF-8 payload held in bytes, collecting problems instead of throwing.
     *
     * @param bytes the payload; not modified
     * @param source the file or label for problem locations
     * @return the value, or no value and the problems
     */
    public ReadResult<Object> read(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        String src = checkSource(source);
        return bytes.length > limits.maxBytes() ? decoder.tooLarge(src) : decoder.read(PayloadInput.of(bytes), src);
    }

    /**
     * Decodes a UTF-8 payload file, collecting problems instead of throwing.
     *
     * @param file the file
     * @return the value, or no value and the problems
     * @throws IOException if reading fails
     */
    public ReadResult<Object> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String src = file.toString().replace(file.getFileSystem().getSeparator(), "/");
        PayloadInput input = PayloadInput.read(file, limits.maxBytes());
        return input == null ? decoder.tooLarge(src) : decoder.read(input, src);
    }

    /**
     * Encodes a value graph as a devalue payload that {@code devalue.parse} (5.7.0 and later)
     * reads back to the same value: the text {@code devalue.stringify} (6.x) writes for the same
     * graph, byte for byte. Shared containers are written once and referenced; cycles are
     * allowed; slots are numbered depth-first as devalue numbers them, without recursion, so any
     * depth encodes. Tag handlers' reducers are consulted first, in registration order.
     *
     * @param value the root: any decoded value, or Java maps with string keys, lists, strings,
     *     numbers, booleans and {@link java.math.BigInteger}s
     * @return the payload text
     * @throws IllegalArgumentException if the graph holds something devalue cannot write (a value
     *     of another class, a non-string map key, a {@code __proto__} key)
     */
    public String encode(Object value) {
        StringBuilder sb = new StringBuilder();
        try {
            encode(value, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Encodes a value graph as a devalue payload, writing to {@code out} (see {@link #encode(Object)}).
     *
     * @param value the root
     * @param out where to write; not flushed or closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the graph holds something devalue cannot write
     */
    public void encode(Object value, Appendable out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        encoder.encode(value, out);
    }

    private static String checkSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        return source;
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.name()));
        return "DevalueCodec[tags=" + names + ", unknownTags=" + unknownTags + ", dialect=" + dialect + ", " + limits + "]";
    }

    /** Builds a {@link DevalueCodec}. Not thread-safe. */
    public static final class Builder {
        private final List<TagHandler> tags = new ArrayList<>();
        private UnknownTagPolicy unknownTags = UnknownTagPolicy.REJECT;
        private WireDialect dialect = WireDialect.CURRENT;
        private DevalueLimits limits = DevalueLimits.DEFAULTS;

        private Builder() {
        }

        /**
         * Registers a tag handler. Handlers are consulted before the built-in meaning of a tag;
         * when two share a name, the first registered decodes it, and reducers are asked in
         * registration order when encoding.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder tag(TagHandler handler) {
            tags.add(Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Registers tag handlers in order (see {@link #tag(TagHandler)}), such as {@link NuxtTags#all()}.
         *
         * @param handlers the handlers
         * @return this builder
         */
        public Builder tags(Collection<? extends TagHandler> handlers) {
            handlers.forEach(this::tag);
            return this;
        }

        /**
         * Sets what decoding does with a tag nobody handles. Defaults to {@link UnknownTagPolicy#REJECT}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder unknownTags(UnknownTagPolicy policy) {
            this.unknownTags = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how the forms whose meaning changed in devalue 5.7.0 are read. Defaults to
         * {@link WireDialect#CURRENT}.
         *
         * @param dialect the dialect
         * @return this builder
         */
        public Builder dialect(WireDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Sets the resource limits. Defaults to {@link DevalueLimits#DEFAULTS}.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(DevalueLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the codec
         */
        public DevalueCodec build() {
            return new DevalueCodec(this);
        }
    }
}
