package dev.qakit.io.internal.devalue;

import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.JsArrayBuffer;
import dev.qakit.io.devalue.JsBoxed;
import dev.qakit.io.devalue.JsDataView;
import dev.qakit.io.devalue.JsDate;
import dev.qakit.io.devalue.JsMap;
import dev.qakit.io.devalue.JsRegExp;
import dev.qakit.io.devalue.JsSet;
import dev.qakit.io.devalue.JsTemporal;
import dev.qakit.io.devalue.JsTypedArray;
import dev.qakit.io.devalue.JsUrl;
import dev.qakit.io.devalue.JsUrlSearchParams;
import dev.qakit.io.devalue.NullProtoObject;
import dev.qakit.io.devalue.SparseArray;
import dev.qakit.io.devalue.Tagged;
import dev.qakit.io.devalue.TagHandler;
import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes value graphs as devalue payloads. Slots are numbered breadth-first (the root is slot 0,
 * every container gets its index when first met), so the writer needs no recursion and no
 * second pass: slot {@code i} is written as soon as it is reached. Immutable; each call has its
 * own context.
 */
public final class PayloadEncoder {
    private final TagHandler[] tags;

    /**
     * Creates the encoder.
     *
     * @param tags the tag handlers, reducers consulted in order
     * @param limits the limits (encoding is breadth-first and needs none of them today)
     */
    public PayloadEncoder(List<TagHandler> tags, DevalueLimits limits) {
        this.tags = tags.toArray(new TagHandler[0]);
        java.util.Objects.requireNonNull(limits, "limits");
    }

    /**
     * Encodes a graph.
     *
     * @param value the root
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void encode(Object value, Appendable out) throws IOException {
        new Context(out).run(value);
    }

    /** A value a tag handler reduced: written as {@code [tag, ref(value)]}. */
    private record Reduced(String tag, Object value) {
    }

    private final class Context {
        private final Appendable out;
        private final StringBuilder sb;
        private final IdentityHashMap<Object, Integer> objects = new IdentityHashMap<>();
        private final HashMap<Object, Integer> primitives = new HashMap<>();
        private final ArrayList<Object> queue = new ArrayList<>();

        Context(Appendable out) {
            this.out = out;
            this.sb = out instanceof StringBuilder b ? b : new StringBuilder(8192);
        }

        void run(Object root) throws IOException {
            int r = ref(root);
            if (r < 0) {
                sb.append(r);
                flush(true);
                return;
            }
            sb.append('[');
            for (int i = 0; i < queue.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeSlot(queue.get(i));
                queue.set(i, null);
                if (sb.length() > 8192) {
                    flush(false);
                }
            }
            sb.append(']');
            flush(true);
        }

        private void flush(boolean last) throws IOException {
            if (sb != out) {
                out.append(sb);
                sb.setLength(0);
            }
        }

        /** The reference to a value: a special (negative) or its slot index, allocating one when new. */
        private int ref(@Nullable Object value) {
            Object v = value == null ? JsonNull.INSTANCE : value;
            if (v instanceof Double d) {
                double x = d;
                if (x != x) {
                    return -3;
                }
                if (x == Double.POSITIVE_INFINITY) {
                    return -4;
                }
                if (x == Double.NEGATIVE_INFINITY) {
                    return -5;
                }
                if (x == 0 && Double.doubleToRawLongBits(x) != 0) {
                    return -6;
                }
            } else if (v == Undefined.INSTANCE) {
                return -1;
            } else if (v instanceof Number n && !(v instanceof BigInteger)) {
                return ref(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            }
            boolean primitive = v instanceof String || v instanceof Double || v instanceof Boolean || v == JsonNull.INSTANCE || v instanceof BigInteger;
            Map<Object, Integer> seen = primitive ? primitives : objects;
            Integer known = seen.get(v);
            if (known != null) {
                return known;
            }
            int index = queue.size();
            seen.put(v, index);
            queue.add(reduce(v));
            return index;
        }

        private Object reduce(Object v) {
            for (TagHandler t : tags) {
                Object r = t.reduce(v);
                if (r != null) {
                    return new Reduced(t.name(), r);
                }
            }
            return v;
        }

        private void writeSlot(Object v) {
            if (v instanceof String s) {
                JsonText.appendString(s, sb, true);
            } else if (v instanceof Double d) {
                JsNumberText.append(d, sb);
            } else if (v instanceof Boolean b) {
                sb.append(b.booleanValue());
            } else if (v == JsonNull.INSTANCE) {
                sb.append("null");
            } else if (v instanceof List<?> list) {
                sb.append('[');
                for (int i = 0, n = list.size(); i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(ref(list.get(i)));
                }
                sb.append(']');
            } else if (v instanceof Map<?, ?> map) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = key(e.getKey());
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    JsonText.appendString(key, sb, true);
                    sb.append(':').append(ref(e.getValue()));
                }
                sb.append('}');
            } else if (v instanceof Reduced r) {
                tag(r.tag()).append(',').append(ref(r.value())).append(']');
            } else if (v instanceof Tagged t) {
                tag(t.tag()).append(',').append(ref(t.value())).append(']');
            } else if (v instanceof SparseArray a) {
                writeSparse(a);
            } else if (v instanceof BigInteger b) {
                tag("BigInt").append(",\"").append(b.toString()).append("\"]");
            } else if (v instanceof JsDate d) {
                tag("Date").append(',');
                JsonText.appendString(d.iso() == null ? "" : d.iso(), sb, true);
                sb.append(']');
            } else if (v instanceof NullProtoObject o) {
                tag("null");
                for (Map.Entry<String, Object> e : o.members().entrySet()) {
                    sb.append(',');
                    JsonText.appendString(key(e.getKey()), sb, true);
                    sb.append(',').append(ref(e.getValue()));
                }
                sb.append(']');
            } else if (v instanceof JsSet s) {
                tag("Set");
                for (Object m : s.values()) {
                    sb.append(',').append(ref(m));
                }
                sb.append(']');
            } else if (v instanceof JsMap m) {
                tag("Map");
                for (int i = 0, n = m.size(); i < n; i++) {
                    int k = ref(m.keys().get(i));
                    sb.append(',').append(k).append(',').append(ref(m.values().get(i)));
                }
                sb.append(']');
            } else if (v instanceof JsRegExp r) {
                textTag("RegExp", r.source());
                if (!r.flags().isEmpty()) {
                    sb.setLength(sb.length() - 1);
                    sb.append(',');
                    JsonText.appendString(r.flags(), sb, true);
                    sb.append(']');
                }
            } else if (v instanceof JsBoxed b) {
                tag("Object").append(',').append(ref(b.value())).append(']');
            } else if (v instanceof JsUrl u) {
                textTag("URL", u.href());
            } else if (v instanceof JsUrlSearchParams p) {
                textTag("URLSearchParams", p.value());
            } else if (v instanceof JsTemporal t) {
                textTag(t.kind().tag(), t.value());
            } else if (v instanceof JsArrayBuffer b) {
                textTag("ArrayBuffer", b.toBase64());
            } else if (v instanceof JsTypedArray a) {
                tag(a.kind().tag()).append(',').append(ref(a.buffer()));
                if (!a.coversBuffer()) {
                    sb.append(',').append(a.byteOffset()).append(',').append(a.length());
                }
                sb.append(']');
            } else if (v instanceof JsDataView d) {
                tag("DataView").append(',').append(ref(d.buffer()));
                if (!d.coversBuffer()) {
                    sb.append(',').append(d.byteOffset()).append(',').append(d.byteLength());
                }
                sb.append(']');
            } else {
                throw new IllegalArgumentException("cannot encode a value of " + v.getClass().getName()
                        + ": devalue writes only plain data (register a TagHandler for custom types)");
            }
        }

        private String key(@Nullable Object key) {
            if (!(key instanceof String s)) {
                throw new IllegalArgumentException("cannot encode an object key of " + (key == null ? "null" : key.getClass().getName())
                        + ": keys of plain objects are strings (use JsMap for other keys)");
            }
            if (s.equals("__proto__")) {
                throw new IllegalArgumentException("cannot encode an object with a '__proto__' key");
            }
            return s;
        }

        private StringBuilder tag(String name) {
            sb.append('[');
            JsonText.appendString(name, sb, true);
            return sb;
        }

        private void textTag(String name, String text) {
            tag(name).append(',');
            JsonText.appendString(text, sb, true);
            sb.append(']');
        }

        /** devalue's choice: the sparse form when cheaper than one -2 per hole. */
        private void writeSparse(SparseArray a) {
            long length = a.length();
            long present = a.presentCount();
            int digits = Long.toString(length).length();
            if (3 * (length - present) > 4 + digits + present * (digits + 1)) {
                sb.append("[-7,").append(length);
                for (Map.Entry<Long, Object> e : a.entries().entrySet()) {
                    sb.append(',').append(e.getKey().longValue()).append(',').append(ref(e.getValue()));
                }
                sb.append(']');
                return;
            }
            sb.append('[');
            for (long i = 0; i < length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object e = a.get(i);
                sb.append(e == null ? -2 : ref(e));
            }
            sb.append(']');
        }
    }
}
