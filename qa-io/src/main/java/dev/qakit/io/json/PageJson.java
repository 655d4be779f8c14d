package dev.qakit.io.json;

import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.io.nuxt.PageDataGraph;
import dev.qakit.model.JsonNull;
import dev.qakit.model.PageData;
import dev.qakit.model.Undefined;
import dev.qakit.model.internal.JsonStrings;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes {@link PageData} as JSON with the payload's own member names and order
 * ({@code page}, {@code siblings}, {@code blog}; {@code q}, {@code a}, {@code __hash__}, …):
 * for a question page read from a Nuxt payload the text equals what {@code JSON.stringify}
 * gives for that page's async-data entry in the browser.
 *
 * <pre>{@code
 * String json = PageJson.standard().toJson(pageData);
 * }</pre>
 *
 * <p>The entry is built by {@link PageDataGraph#toGraph(PageData)}; values follow
 * {@code JSON.stringify}: object members whose value is {@code undefined} are left out (array
 * elements become {@code null}), Nuxt's reactive wrappers are written as their value, numbers
 * as JavaScript prints them ({@code 1}, {@code 0.5}, {@code 1e+21}), {@code NaN} and the
 * infinities as {@code null}, dates as their ISO text, and a value met again inside itself (a
 * cycle, which {@code JSON.stringify} rejects) as {@code null}. A {@code BigInt}, which
 * {@code JSON.stringify} rejects, is written as its decimal string. A value of any other Java
 * type (what a custom reviver returned, kept in {@code meta} or an {@code extra} map) is never
 * written as {@code null}: writing fails with an {@link IllegalArgumentException} that names the
 * type and the JSON Pointer of the value.
 *
 * <p>Immutable and thread-safe.
 */
public final class PageJson {
    private static final PageJson STANDARD = new PageJson(0);
    private static final int MAX_DEPTH = 2000;

    private final int indent;

    private PageJson(int indent) {
        this.indent = indent;
    }

    /**
     * The compact writer (no white space), as {@code JSON.stringify(value)}.
     *
     * @return the writer
     */
    public static PageJson standard() {
        return STANDARD;
    }

    /**
     * A writer that indents nested members by {@code spaces} spaces, as
     * {@code JSON.stringify(value, null, spaces)}.
     *
     * @param spaces 0 (compact) to 10, as {@code JSON.stringify} allows
     * @return the writer
     * @throws IllegalArgumentException if {@code spaces} is outside 0..10
     */
    public static PageJson indented(int spaces) {
        if (spaces < 0 || spaces > 10) {
            throw new IllegalArgumentException("indent must be 0..10 spaces, got " + spaces);
        }
        return spaces == 0 ? STANDARD : new PageJson(spaces);
    }

    /**
     * Writes a page as JSON.
     *
     * @param data the page data
     * @param out where to write; not closed
     * @throws IOException if {@code out} fails
     * @throws IllegalArgumentException if a value is of a type JSON cannot represent
     */
    public void write(PageData data, Appendable out) throws IOException {
        Objects.requireNonNull(data, "data");
        writeValue(PageDataGraph.toGraph(data), out);
    }

    /**
     * A page as JSON text.
     *
     * @param data the page data
     * @return the JSON text
     * @throws IllegalArgumentException if a value is of a type JSON cannot represent
     */
    public String toJson(PageData data) {
        StringBuilder sb = new StringBuilder();
        try {
            write(data, sb);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /**
     * Writes any decoded payload value (maps, lists, strings, numbers, booleans, marker values
     * and the devalue codec's types) as {@code JSON.stringify} would.
     *
     * @param value the value
     * @param out where to write; not closed
     * @throws IOException if {@code out} fails
     * @throws IllegalArgumentException if the value nests deeper than 2000 levels, or a value
     *     is of a type JSON cannot represent (the message names the type and the JSON Pointer)
     */
    public void writeValue(Object value, Appendable out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        new Context(out).value(JsonValues.toJsonValue(value), 0);
    }

    /**
     * Any decoded payload value as JSON text; see {@link #writeValue(Object, Appendable)}.
     *
     * @param value the value
     * @return the JSON text
     * @throws IllegalArgumentException as {@link #writeValue(Object, Appendable)}
     */
    public String valueToJson(Object value) {
        StringBuilder sb = new StringBuilder();
        try {
            writeValue(value, sb);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /** One write: the output, the objects being written (for cycles) and the way to the current value. */
    private final class Context {
        private final Appendable out;
        private final Set<Object> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Member names and array indexes from the root to the value being written. */
        private final List<String> path = new ArrayList<>();

        Context(Appendable out) {
            this.out = out;
        }

        void value(Object v, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("value nests deeper than " + MAX_DEPTH + " levels");
            }
            if (v == JsonNull.INSTANCE || v == Undefined.INSTANCE) {
                out.append("null");
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Boolean b) {
                out.append(b.toString());
            } else if (v instanceof BigInteger || v instanceof BigDecimal) {
                string(v.toString());
            } else if (v instanceof Number n) {
                double d = n.doubleValue();
                out.append(Double.isFinite(d) ? JsNumberText.toString(d) : "null");
            } else if (v instanceof Map<?, ?> m) {
                if (!open.add(m)) {
                    out.append("null");
                    return;
                }
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Object member = JsonValues.toJsonValue(e.getValue());
                    if (member == Undefined.INSTANCE || member == JsonValues.OMIT) {
                        continue;
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    newline(depth + 1);
                    String key = String.valueOf(e.getKey());
                    string(key);
                    out.append(indent > 0 ? ": " : ":");
                    path.add(key);
                    value(member, depth + 1);
                    path.remove(path.size() - 1);
                }
                if (!first) {
                    newline(depth);
                }
                out.append('}');
                open.remove(m);
            } else if (v instanceof Collection<?> c) {
                if (!open.add(c)) {
                    out.append("null");
                    return;
                }
                out.append('[');
                boolean first = true;
                int index = 0;
                for (Object o : c) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    newline(depth + 1);
                    Object element = o == null ? JsonNull.INSTANCE : JsonValues.toJsonValue(o);
                    path.add(Integer.toString(index++));
                    value(element == JsonValues.OMIT ? JsonNull.INSTANCE : element, depth + 1);
                    path.remove(path.size() - 1);
                }
                if (!first) {
                    newline(depth);
                }
                out.append(']');
                open.remove(c);
            } else {
                // Never a silent null: the value would be lost from the output without a trace.
                throw new IllegalArgumentException("cannot write a value of type " + v.getClass().getName() + " as JSON at '"
                        + pointer() + "': JSON holds maps, lists, strings, numbers, booleans and the devalue codec's types");
            }
        }

        /** The JSON Pointer of the value being written ({@code /page/meta/price}; empty for the root). */
        private String pointer() {
            StringBuilder sb = new StringBuilder();
            for (String segment : path) {
                sb.append('/').append(SourceMap.escape(segment));
            }
            return sb.toString();
        }

        private void newline(int depth) throws IOException {
            if (indent > 0) {
                out.append('\n');
                out.append(" ".repeat(indent * depth));
            }
        }

        private void string(String s) throws IOException {
            JsonStrings.write(s, out);
        }
    }
}
