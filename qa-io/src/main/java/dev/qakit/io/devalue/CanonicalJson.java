package dev.qakit.io.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.io.internal.devalue.CanonicalReader;
import dev.qakit.io.internal.devalue.CanonicalWriter;
import dev.qakit.model.problem.ContentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Converts between decoded devalue graphs and <em>canonical JSON</em>: plain JSON that shows
 * every JavaScript value kind, shared reference and cycle of a graph, so graphs can be printed,
 * compared and written by hand.
 *
 * <p>The form: JSON {@code null}, booleans, strings and finite numbers are themselves; arrays
 * without holes and plain objects are JSON arrays and objects (a key starting with {@code $}
 * gets one more {@code $}); every other kind is an object with a {@code "$type"}:
 * {@code {"$type":"number","value":"NaN"}} ({@code "Infinity"}, {@code "-Infinity"},
 * {@code "-0"}), {@code {"$type":"undefined"}},
 * {@code {"$type":"sparse","length":N,"entries":[[i,v],...]}},
 * {@code {"$type":"null","object":{...}}}, {@code {"$type":"Date","iso":"..."}} ({@code null} for an
 * invalid date), {@code {"$type":"RegExp","source":"..","flags":".."}},
 * {@code {"$type":"BigInt","value":"-123"}}, {@code {"$type":"Object","value":v}} (a boxed
 * primitive), {@code {"$type":"Set","values":[...]}}, {@code {"$type":"Map","entries":[[k,v],...]}},
 * {@code {"$type":"URL","href":".."}}, {@code {"$type":"URLSearchParams","value":".."}},
 * {@code {"$type":"ArrayBuffer","base64":".."}}, {@code {"$type":"DataView","base64":".."}},
 * {@code {"$type":"Uint8Array","values":[...]}} (BigInt elements as decimal strings),
 * {@code {"$type":"Temporal.PlainDate","value":".."}} and, for a custom tag,
 * {@code {"$type":"tag","name":"Ref","value":v}}. A container (array, object, Map, Set, tag)
 * reached more than once carries {@code "$id": n} where first met, in a depth-first pre-order
 * walk, and is {@code {"$type":"ref","id":n}} everywhere else; a shared array is written
 * {@code {"$type":"array","$id":n,"items":[...]}}.
 *
 * <p>Values that a {@link TagHandler} reduces (a {@link NuxtError}, an {@code EmptyRef}) are
 * written as their tag, exactly as devalue's {@code parse} with a keep-the-tag reviver would see
 * them; reading a tag with a registered handler revives it. Both directions are iterative:
 * depth is bounded only by {@link DevalueLimits#maxDepth()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CanonicalJson {
    private final List<TagHandler> tags;
    private final DevalueLimits limits;
    private final int indent;
    private final CanonicalWriter writer;
    private final CanonicalReader reader;

    private CanonicalJson(Builder b) {
        this.tags = List.copyOf(b.tags);
        this.limits = b.limits;
        this.indent = b.indent;
        this.writer = new CanonicalWriter(tags, limits, indent);
        this.reader = new CanonicalReader(tags, limits);
    }

    /**
     * A builder with no tag handlers, {@link DevalueLimits#DEFAULTS} and compact output.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this converter's configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tags.addAll(tags);
        b.limits = limits;
        b.indent = indent;
        return b;
    }

    /**
     * The canonical JSON of a graph.
     *
     * @param value a decoded graph (or any graph {@link DevalueCodec#encode(Object)} accepts)
     * @return the JSON text
     * @throws IllegalArgumentException if the graph holds a value of an unknown class or nests
     *     deeper than {@link DevalueLimits#maxDepth()}
     */
    public String write(Object value) {
        StringBuilder sb = new StringBuilder();
        try {
            write(value, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Writes the canonical JSON of a graph.
     *
     * @param value the graph
     * @param out where to write; not flushed or closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the graph holds a value of an unknown class or nests too deep
     */
    public void write(Object value, Appendable out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        writer.write(value, out);
    }

    /**
     * Reads canonical JSON into a graph, collecting problems instead of throwing.
     *
     * @param text the canonical JSON
     * @param source the file or label for problem locations
     * @return the graph, or no value and the problems (rule ids {@code devalue.canonical.*})
     */
    public ReadResult<Object> read(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        return reader.read(text, source);
    }

    /**
     * Reads canonical JSON into a graph.
     *
     * @param text the canonical JSON
     * @param source the file or label for problem locations
     * @return the graph
     * @throws ContentException carrying the problems if the text is not canonical JSON
     */
    public Object parse(String text, String source) {
        return read(text, source).orThrow();
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.name()));
        return "CanonicalJson[tags=" + names + ", indent=" + indent + "]";
    }

    /** Builds a {@link CanonicalJson}. Not thread-safe. */
    public static final class Builder {
        private final List<TagHandler> tags = new ArrayList<>();
        private DevalueLimits limits = DevalueLimits.DEFAULTS;
        private int indent;

        private Builder() {
        }

        /**
         * Registers a tag handler: its reducer decides which values are written as its tag, its
         * reviver turns the tag back into a value when reading.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder tag(TagHandler handler) {
            tags.add(Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Registers tag handlers in order.
         *
         * @param handlers the handlers
         * @return this builder
         */
        public Builder tags(Collection<? extends TagHandler> handlers) {
            handlers.forEach(this::tag);
            return this;
        }

        /**
         * Sets the limits (depth, and the reader's string and number lengths). Defaults to
         * {@link DevalueLimits#DEFAULTS}.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(DevalueLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the indentation of written JSON: 0 (the default) writes one compact line, more
         * writes one member per line indented by that many spaces per level.
         *
         * @param indent 0 to 8
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder indent(int indent) {
            if (indent < 0 || indent > 8) {
                throw new IllegalArgumentException("indent must be in [0, 8], got " + indent);
            }
            this.indent = indent;
            return this;
        }

        /**
         * Builds the converter.
         *
         * @return the converter
         */
        public CanonicalJson build() {
            return new CanonicalJson(this);
        }
    }
}
