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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes value graphs as devalue payloads, byte for byte as {@code devalue.stringify} (6.x)
 * writes the same graph: slots are numbered depth-first in the order the walk first meets each
 * value (the root is slot 0, a container's slot precedes its members'), primitives share one
 * slot per distinct value, objects one per identity, and every text (numbers, strings, keys,
 * tags) is written as devalue writes it. The walk keeps its own stack, so depth costs no Java
 * stack. Immutable; each call has its own context.
 */
public final class PayloadEncoder {
    private final TagHandler[] tags;

    /**
     * Creates the encoder.
     *
     * @param tags the tag handlers, reducers consulted in order
     * @param limits the limits (the walk keeps its own stack and needs none of them today)
     */
    public PayloadEncoder(List<TagHandler> tags, DevalueLimits limits) {
        this.tags = tags.toArray(new TagHandler[0]);
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Encodes a graph.
     *
     * @param value the root
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void encode(Object value, Appendable out) throws IOException {
        new Context().run(value, out);
    }

    /** A value a tag handler reduced: written as {@code [tag, ref(value)]}. */
    private record Reduced(String tag, Object value) {
    }

    // how a frame writes each member
    private static final byte LIST = 0;
    private static final byte OBJECT = 1;
    private static final byte NULL_PROTO = 2;
    private static final byte REFS = 3;
    private static final byte HOLEY = 4;
    private static final byte SPARSE = 5;

    /** A container being written: its slot text so far and the members still to write. */
    private static final class Frame {
        final int slot;
        final StringBuilder text;
        final byte kind;
        final Iterator<?> members;
        final String end;
        boolean first = true;
        // HOLEY: the next index and the array
        long next;
        @Nullable SparseArray array;

        Frame(int slot, String start, byte kind, Iterator<?> members, String end) {
            this.slot = slot;
            this.text = new StringBuilder(start);
            this.kind = kind;
            this.members = members;
            this.end = end;
        }

        boolean hasNext() {
            return kind == HOLEY ? next < Objects.requireNonNull(array).length() : members.hasNext();
        }
    }

    private final class Context {
        private final IdentityHashMap<Object, Integer> objects = new IdentityHashMap<>();
        private final HashMap<Object, Integer> primitives = new HashMap<>();
        /** Slot texts by index; null while the slot's container is being written. */
        private final ArrayList<@Nullable String> slots = new ArrayList<>();
        private Frame[] stack = new Frame[32];
        private int sp;

        void run(Object root, Appendable out) throws IOException {
            int r = ref(root);
            while (sp > 0) {
                Frame f = stack[sp - 1];
                if (f.hasNext()) {
                    step(f);
                } else {
                    f.text.append(f.end);
                    slots.set(f.slot, f.text.toString());
                    stack[--sp] = null;
                }
            }
            if (r < 0) {
                out.append(Integer.toString(r));
                return;
            }
            StringBuilder sb = new StringBuilder(8192);
            sb.append('[');
            for (int i = 0; i < slots.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(slots.get(i));
                slots.set(i, null);
                if (sb.length() > 8192) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            out.append(sb.append(']'));
        }

        /** Writes the next member of a frame: its separator and key, then its reference. */
        private void step(Frame f) {
            StringBuilder t = f.text;
            switch (f.kind) {
                case LIST: {
                    Object v = f.members.next();
                    if (!f.first) {
                        t.append(',');
                    }
                    f.first = false;
                    t.append(ref(v));
                    break;
                }
                case OBJECT: {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) f.members.next();
                    if (!f.first) {
                        t.append(',');
                    }
                    f.first = false;
                    JsonText.appendString(key(e.getKey()), t, true);
                    t.append(':').append(ref(e.getValue()));
                    break;
                }
                case NULL_PROTO: {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) f.members.next();
                    t.append(',');
                    JsonText.appendString(key(e.getKey()), t, true);
                    t.append(',').append(ref(e.getValue()));
                    break;
                }
                case REFS:
                    t.append(',').append(ref(f.members.next()));
                    break;
                case HOLEY: {
                    long i = f.next++;
                    if (i > 0) {
                        t.append(',');
                    }
                    Object e = Objects.requireNonNull(f.array).get(i);
                    t.append(e == null ? -2 : ref(e));
                    break;
                }
                case SPARSE: {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) f.members.next();
                    t.append(',').append(((Long) e.getKey()).longValue()).append(',').append(ref(e.getValue()));
                    break;
                }
                default:
                    throw new AssertionError(f.kind);
            }
        }

        /**
         * The reference to a value: a special (negative) or its slot index. A value met for the
         * first time gets the next index; a leaf's text is written at once, a container's frame
         * is pushed and written before its parent goes on (depth-first, as devalue walks).
         */
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
            int index = slots.size();
            seen.put(v, index);
            slots.add(null);
            start(index, reduce(v));
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

        private void push(Frame f) {
            if (sp == stack.length) {
                stack = Arrays.copyOf(stack, sp * 2);
            }
            stack[sp++] = f;
        }

        private void container(int slot, String start, byte kind, Iterator<?> members, String end) {
            push(new Frame(slot, start, kind, members, end));
        }

        private void leaf(int slot, StringBuilder text) {
            slots.set(slot, text.toString());
        }

        /** Writes a leaf's slot, or pushes the frame that will write a container's. */
        private void start(int slot, Object v) {
            StringBuilder sb = new StringBuilder();
            if (v instanceof String s) {
                JsonText.appendString(s, sb, true);
                leaf(slot, sb);
            } else if (v instanceof Double d) {
                JsNumberText.append(d, sb);
                leaf(slot, sb);
            } else if (v instanceof Boolean b) {
                leaf(slot, sb.append(b.booleanValue()));
            } else if (v == JsonNull.INSTANCE) {
                leaf(slot, sb.append("null"));
            } else if (v instanceof List<?> list) {
                container(slot, "[", LIST, list.iterator(), "]");
            } else if (v instanceof Map<?, ?> map) {
                container(slot, "{", OBJECT, inJavaScriptOrder(map), "}");
            } else if (v instanceof Reduced r) {
                container(slot, tag(r.tag()), REFS, Collections.singletonList(r.value()).iterator(), "]");
            } else if (v instanceof Tagged t) {
                container(slot, tag(t.tag()), REFS, Collections.singletonList(t.value()).iterator(), "]");
            } else if (v instanceof SparseArray a) {
                sparse(slot, a);
            } else if (v instanceof BigInteger b) {
                leaf(slot, sb.append("[\"BigInt\",\"").append(b).append("\"]"));
            } else if (v instanceof JsDate d) {
                textTag(slot, "Date", d.iso() == null ? "" : d.iso());
            } else if (v instanceof NullProtoObject o) {
                container(slot, tag("null"), NULL_PROTO, inJavaScriptOrder(o.members()), "]");
            } else if (v instanceof JsSet s) {
                container(slot, tag("Set"), REFS, s.values().iterator(), "]");
            } else if (v instanceof JsMap m) {
                List<Object> flat = new ArrayList<>(m.size() * 2);
                for (int i = 0, n = m.size(); i < n; i++) {
                    flat.add(m.keys().get(i));
                    flat.add(m.values().get(i));
                }
                container(slot, tag("Map"), REFS, flat.iterator(), "]");
            } else if (v instanceof JsRegExp r) {
                sb.append(tag("RegExp")).append(',');
                JsonText.appendString(r.source(), sb, true);
                if (!r.flags().isEmpty()) {
                    sb.append(',');
                    JsonText.appendString(r.flags(), sb, true);
                }
                leaf(slot, sb.append(']'));
            } else if (v instanceof JsBoxed b) {
                container(slot, tag("Object"), REFS, Collections.singletonList(b.value()).iterator(), "]");
            } else if (v instanceof JsUrl u) {
                textTag(slot, "URL", u.href());
            } else if (v instanceof JsUrlSearchParams p) {
                textTag(slot, "URLSearchParams", p.value());
            } else if (v instanceof JsTemporal t) {
                textTag(slot, t.kind().tag(), t.value());
            } else if (v instanceof JsArrayBuffer b) {
                textTag(slot, "ArrayBuffer", b.toBase64());
            } else if (v instanceof JsTypedArray a) {
                container(slot, tag(a.kind().tag()), REFS, Collections.singletonList(a.buffer()).iterator(),
                        a.coversBuffer() ? "]" : "," + a.byteOffset() + "," + a.length() + "]");
            } else if (v instanceof JsDataView d) {
                container(slot, tag("DataView"), REFS, Collections.singletonList(d.buffer()).iterator(),
                        d.coversBuffer() ? "]" : "," + d.byteOffset() + "," + d.byteLength() + "]");
            } else {
                throw new IllegalArgumentException("cannot encode a value of " + v.getClass().getName()
                        + ": devalue writes only plain data (register a TagHandler for custom types)");
            }
        }

        /**
         * A map's entries in the order JavaScript keeps an object's keys, which is the order
         * devalue writes them: integer-like keys ("0".."4294967294") first, ascending, then the
         * others in insertion order.
         */
        private Iterator<? extends Map.Entry<?, ?>> inJavaScriptOrder(Map<?, ?> map) {
            boolean seenName = false;
            long last = -1;
            boolean ordered = true;
            for (Object k : map.keySet()) {
                long index = k instanceof String s ? GraphBuilder.arrayIndex(s) : -1;
                if (index < 0) {
                    seenName = true;
                } else if (seenName || index < last) {
                    ordered = false;
                    break;
                } else {
                    last = index;
                }
            }
            if (ordered) {
                return map.entrySet().iterator();
            }
            TreeMap<Long, Map.Entry<?, ?>> indexed = new TreeMap<>();
            List<Map.Entry<?, ?>> named = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                long index = e.getKey() instanceof String s ? GraphBuilder.arrayIndex(s) : -1;
                if (index >= 0) {
                    indexed.put(index, e);
                } else {
                    named.add(e);
                }
            }
            List<Map.Entry<?, ?>> all = new ArrayList<>(indexed.values());
            all.addAll(named);
            return all.iterator();
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

        private String tag(String name) {
            StringBuilder sb = new StringBuilder("[");
            JsonText.appendString(name, sb, true);
            return sb.toString();
        }

        private void textTag(int slot, String name, String text) {
            StringBuilder sb = new StringBuilder(tag(name)).append(',');
            JsonText.appendString(text, sb, true);
            leaf(slot, sb.append(']'));
        }

        /** devalue's choice: the sparse form when cheaper than one -2 per hole. */
        private void sparse(int slot, SparseArray a) {
            long length = a.length();
            long present = a.presentCount();
            int digits = Long.toString(length).length();
            if (3 * (length - present) > 4 + digits + present * (digits + 1)) {
                container(slot, "[-7," + length, SPARSE, a.entries().entrySet().iterator(), "]");
                return;
            }
            Frame f = new Frame(slot, "[", HOLEY, Collections.emptyIterator(), "]");
            f.array = a;
            push(f);
        }
    }
}
