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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes graphs as canonical JSON. Two iterative passes: the first finds the containers reached
 * more than once, the second writes, giving those an {@code $id} where first met (depth-first,
 * pre-order) and a {@code $type: ref} everywhere else. Immutable.
 */
public final class CanonicalWriter {
    private final TagHandler[] tags;
    private final DevalueLimits limits;
    private final int indent;

    /**
     * Creates the writer.
     *
     * @param tags tag handlers whose reducers decide which values are tags
     * @param limits the limits
     * @param indent spaces per level, 0 for compact
     */
    public CanonicalWriter(List<TagHandler> tags, DevalueLimits limits, int indent) {
        this.tags = tags.toArray(new TagHandler[0]);
        this.limits = limits;
        this.indent = indent;
    }

    /**
     * Writes a graph.
     *
     * @param value the root
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(Object value, Appendable out) throws IOException {
        new Context(out).run(value);
    }

    /** A value a tag handler reduced: written as a custom tag. */
    private record Reduced(String tag, Object value) {
    }

    /** A structural step of the writing stack. */
    private record Step(int op, String text) {
    }

    private static final int BEGIN_OBJECT = 0;
    private static final int END_OBJECT = 1;
    private static final int BEGIN_ARRAY = 2;
    private static final int END_ARRAY = 3;
    private static final int NAME = 4;
    private static final int RAW = 5;

    private static final Step END_OBJECT_STEP = new Step(END_OBJECT, "}");
    private static final Step END_ARRAY_STEP = new Step(END_ARRAY, "]");

    private final class Context {
        private final Appendable out;
        private final StringBuilder sb;
        private final IdentityHashMap<Object, Object> reduced = new IdentityHashMap<>();
        private final IdentityHashMap<Object, Boolean> shared = new IdentityHashMap<>();
        private final IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
        private final ArrayDeque<Object> tasks = new ArrayDeque<>();
        private final ArrayList<Object> pending = new ArrayList<>();

        // JSON writer state
        private boolean[] hasItems = new boolean[64];
        private int depth;
        private boolean afterName;

        Context(Appendable out) {
            this.out = out;
            this.sb = out instanceof StringBuilder b ? b : new StringBuilder(8192);
        }

        void run(Object root) throws IOException {
            findShared(root);
            tasks.push(root);
            while (!tasks.isEmpty()) {
                Object t = tasks.pop();
                if (t instanceof Step s) {
                    step(s);
                } else {
                    value(t);
                }
                if (sb != out && sb.length() > 8192) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            if (sb != out) {
                out.append(sb);
            }
        }

        /** Handler reduction first (as when encoding), cached so both passes see one result. */
        private Object view(Object v) {
            if (v instanceof String || v instanceof Double || v instanceof Boolean) {
                return tags.length == 0 ? v : reduceOnce(v);
            }
            return reduceOnce(v);
        }

        private Object reduceOnce(Object v) {
            Object r = reduced.get(v);
            if (r != null) {
                return r;
            }
            r = v;
            for (TagHandler t : tags) {
                Object x = t.reduce(v);
                if (x != null) {
                    r = new Reduced(t.name(), x);
                    break;
                }
            }
            if (!(v instanceof String || v instanceof Double || v instanceof Boolean)) {
                reduced.put(v, r);
            }
            return r;
        }

        private boolean isNode(Object view) {
            return view instanceof List || view instanceof Map || view instanceof SparseArray || view instanceof NullProtoObject
                    || view instanceof JsSet || view instanceof JsMap || view instanceof Tagged || view instanceof Reduced;
        }

        private void findShared(Object root) {
            IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
            ArrayDeque<Object> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                Object v = stack.pop();
                Object w = view(v);
                if (!isNode(w)) {
                    if (w instanceof JsBoxed b) {
                        stack.push(b.value());
                    }
                    continue;
                }
                if (seen.put(v, Boolean.TRUE) != null) {
                    shared.put(v, Boolean.TRUE);
                    continue;
                }
                children(w, stack);
            }
        }

        private void children(Object w, ArrayDeque<Object> stack) {
            if (w instanceof List<?> l) {
                l.forEach(x -> stack.push(nonNull(x)));
            } else if (w instanceof Map<?, ?> m) {
                m.values().forEach(x -> stack.push(nonNull(x)));
            } else if (w instanceof SparseArray a) {
                a.entries().values().forEach(stack::push);
            } else if (w instanceof NullProtoObject o) {
                o.members().values().forEach(stack::push);
            } else if (w instanceof JsSet s) {
                s.values().forEach(stack::push);
            } else if (w instanceof JsMap m) {
                m.keys().forEach(stack::push);
                m.values().forEach(stack::push);
            } else if (w instanceof Tagged t) {
                stack.push(t.value());
            } else if (w instanceof Reduced r) {
                stack.push(r.value());
            }
        }

        private Object nonNull(@org.jspecify.annotations.Nullable Object v) {
            return v == null ? JsonNull.INSTANCE : v;
        }

        // ---- pass 2 ----

        private void value(Object v) {
            Object w = view(v);
            if (isNode(w)) {
                Integer id = ids.get(v);
                if (id != null) {
                    beginObject();
                    member("$type", "\"ref\"");
                    member("id", Integer.toString(id));
                    endObject();
                    return;
                }
                int newId = 0;
                if (shared.containsKey(v)) {
                    newId = ids.size() + 1;
                    ids.put(v, newId);
                }
                node(w, newId);
                return;
            }
            leaf(w);
        }

        private void node(Object w, int id) {
            pending.clear();
            if (w instanceof List<?> l) {
                if (id > 0) {
                    beginObject();
                    member("$type", "\"array\"");
                    member("$id", Integer.toString(id));
                    name("items");
                }
                beginArray();
                if (id > 0) {
                    pending.add(END_OBJECT_STEP);
                }
                pending.add(END_ARRAY_STEP);
                for (int i = l.size() - 1; i >= 0; i--) {
                    pending.add(nonNull(l.get(i)));
                }
            } else if (w instanceof Map<?, ?> m) {
                beginObject();
                if (id > 0) {
                    member("$id", Integer.toString(id));
                }
                pending.add(END_OBJECT_STEP);
                List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
                for (int i = entries.size() - 1; i >= 0; i--) {
                    Map.Entry<?, ?> e = entries.get(i);
                    pending.add(nonNull(e.getValue()));
                    pending.add(new Step(NAME, escapeKey(String.valueOf(e.getKey()))));
                }
            } else if (w instanceof SparseArray a) {
                typeHeader("sparse", id);
                member("length", Long.toString(a.length()));
                name("entries");
                beginArray();
                pending.add(END_OBJECT_STEP);
                pending.add(END_ARRAY_STEP);
                List<Map.Entry<Long, Object>> entries = new ArrayList<>(a.entries().entrySet());
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.add(END_ARRAY_STEP);
                    pending.add(entries.get(i).getValue());
                    pending.add(new Step(RAW, Long.toString(entries.get(i).getKey())));
                    pending.add(new Step(BEGIN_ARRAY, "["));
                }
            } else if (w instanceof NullProtoObject o) {
                typeHeader("null", id);
                name("object");
                beginObject();
                pending.add(END_OBJECT_STEP);
                pending.add(END_OBJECT_STEP);
                List<Map.Entry<String, Object>> entries = new ArrayList<>(o.members().entrySet());
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.add(entries.get(i).getValue());
                    pending.add(new Step(NAME, escapeKey(entries.get(i).getKey())));
                }
            } else if (w instanceof JsSet s) {
                typeHeader("Set", id);
                name("values");
                beginArray();
                pending.add(END_OBJECT_STEP);
                pending.add(END_ARRAY_STEP);
                List<Object> values = s.values();
                for (int i = values.size() - 1; i >= 0; i--) {
                    pending.add(values.get(i));
                }
            } else if (w instanceof JsMap m) {
                typeHeader("Map", id);
                name("entries");
                beginArray();
                pending.add(END_OBJECT_STEP);
                pending.add(END_ARRAY_STEP);
                for (int i = m.size() - 1; i >= 0; i--) {
                    pending.add(END_ARRAY_STEP);
                    pending.add(m.values().get(i));
                    pending.add(m.keys().get(i));
                    pending.add(new Step(BEGIN_ARRAY, "["));
                }
            } else {
                String tag = w instanceof Tagged t ? t.tag() : ((Reduced) w).tag();
                Object inner = w instanceof Tagged t ? t.value() : ((Reduced) w).value();
                typeHeader("tag", id);
                member("name", quote(tag));
                name("value");
                pending.add(END_OBJECT_STEP);
                pending.add(inner);
            }
            for (Object p : pending) {
                tasks.push(p);
            }
        }

        private void typeHeader(String type, int id) {
            beginObject();
            member("$type", quote(type));
            if (id > 0) {
                member("$id", Integer.toString(id));
            }
        }

        private void leaf(Object w) {
            if (w instanceof String s) {
                raw(quote(s));
            } else if (w instanceof Double d) {
                number(d);
            } else if (w instanceof Boolean b) {
                raw(b.toString());
            } else if (w == JsonNull.INSTANCE) {
                raw("null");
            } else if (w == Undefined.INSTANCE) {
                beginObject();
                member("$type", "\"undefined\"");
                endObject();
            } else if (w instanceof BigInteger b) {
                typed("BigInt", "value", quote(b.toString()));
            } else if (w instanceof Number n) {
                number(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            } else if (w instanceof JsDate d) {
                typed("Date", "iso", d.iso() == null ? "null" : quote(d.iso()));
            } else if (w instanceof JsRegExp r) {
                beginObject();
                member("$type", "\"RegExp\"");
                member("source", quote(r.source()));
                member("flags", quote(r.flags()));
                endObject();
            } else if (w instanceof JsBoxed b) {
                beginObject();
                member("$type", "\"Object\"");
                name("value");
                tasks.push(END_OBJECT_STEP);
                tasks.push(b.value());
            } else if (w instanceof JsUrl u) {
                typed("URL", "href", quote(u.href()));
            } else if (w instanceof JsUrlSearchParams p) {
                typed("URLSearchParams", "value", quote(p.value()));
            } else if (w instanceof JsTemporal t) {
                typed(t.kind().tag(), "value", quote(t.value()));
            } else if (w instanceof JsArrayBuffer b) {
                typed("ArrayBuffer", "base64", quote(b.toBase64()));
            } else if (w instanceof JsDataView d) {
                typed("DataView", "base64", quote(Base64.getEncoder().encodeToString(d.bytes())));
            } else if (w instanceof JsTypedArray a) {
                beginObject();
                member("$type", quote(a.kind().tag()));
                name("values");
                beginArray();
                for (int i = 0; i < a.length(); i++) {
                    Object e = a.get(i);
                    if (e instanceof BigInteger b) {
                        raw(quote(b.toString()));
                    } else {
                        number((Double) e);
                    }
                }
                endArray();
                endObject();
            } else {
                throw new IllegalArgumentException("cannot write a value of " + w.getClass().getName() + " as canonical JSON");
            }
        }

        private void typed(String type, String key, String json) {
            beginObject();
            member("$type", quote(type));
            member(key, json);
            endObject();
        }

        private void number(double d) {
            if (Double.isNaN(d)) {
                typed("number", "value", "\"NaN\"");
            } else if (Double.isInfinite(d)) {
                typed("number", "value", d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
            } else if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
                typed("number", "value", "\"-0\"");
            } else {
                raw(JsNumberText.toString(d));
            }
        }

        private String escapeKey(String key) {
            return key.startsWith("$") ? "$" + key : key;
        }

        private String quote(String s) {
            StringBuilder q = new StringBuilder(s.length() + 2);
            JsonText.appendString(s, q, false);
            return q.toString();
        }

        // ---- a minimal JSON writer (commas, indentation, nesting) ----

        private void step(Step s) {
            switch (s.op()) {
                case END_OBJECT:
                    endObject();
                    break;
                case END_ARRAY:
                    endArray();
                    break;
                case BEGIN_ARRAY:
                    beginArray();
                    break;
                case BEGIN_OBJECT:
                    beginObject();
                    break;
                case NAME:
                    name(s.text());
                    break;
                default:
                    raw(s.text());
            }
        }

        private void separate() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (depth > 0) {
                if (hasItems[depth]) {
                    sb.append(',');
                }
                hasItems[depth] = true;
                newline(depth);
            }
        }

        private void newline(int level) {
            if (indent > 0) {
                sb.append('\n');
                for (int i = 0; i < level * indent; i++) {
                    sb.append(' ');
                }
            }
        }

        private void open(char c) {
            separate();
            sb.append(c);
            depth++;
            if (depth > limits.maxDepth()) {
                throw new IllegalArgumentException("the graph nests deeper than the limit of " + limits.maxDepth());
            }
            if (depth == hasItems.length) {
                hasItems = Arrays.copyOf(hasItems, depth * 2);
            }
            hasItems[depth] = false;
        }

        private void close(char c) {
            if (hasItems[depth]) {
                newline(depth - 1);
            }
            depth--;
            sb.append(c);
        }

        private void beginObject() {
            open('{');
        }

        private void endObject() {
            close('}');
        }

        private void beginArray() {
            open('[');
        }

        private void endArray() {
            close(']');
        }

        private void name(String name) {
            separate();
            sb.append(quote(name)).append(indent > 0 ? ": " : ":");
            afterName = true;
        }

        private void member(String name, String json) {
            name(name);
            raw(json);
        }

        private void raw(String json) {
            separate();
            sb.append(json);
        }
    }
}
