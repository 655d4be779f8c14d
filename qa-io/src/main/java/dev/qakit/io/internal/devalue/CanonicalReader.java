package dev.qakit.io.internal.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
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
import dev.qakit.io.devalue.TemporalKind;
import dev.qakit.io.devalue.TypedArrayKind;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads canonical JSON into graphs: Jackson's streaming parser builds a plain tree without
 * recursion, then the tree is turned into a graph with an explicit stack. Immutable.
 */
public final class CanonicalReader {
    private static final Pattern BIGINT = Pattern.compile("-?[0-9]+");

    private final List<TagHandler> tags;
    private final DevalueLimits limits;
    private final JsonFactory factory;

    /**
     * Creates the reader.
     *
     * @param tags tag handlers whose revivers turn tags into values
     * @param limits the limits
     */
    public CanonicalReader(List<TagHandler> tags, DevalueLimits limits) {
        this.tags = List.copyOf(tags);
        this.limits = limits;
        this.factory = DevalueDecoder.jsonFactory(limits);
    }

    /**
     * Reads canonical JSON.
     *
     * @param text the text
     * @param source the source label
     * @return the graph or problems
     */
    public ReadResult<Object> read(String text, String source) {
        Context c = new Context(text, source);
        try {
            Object tree = c.tree();
            return ReadResult.of(c.convert(tree), List.of(), SourceMap.of(source));
        } catch (Failure f) {
            return ReadResult.failed(List.of(Problem.error("devalue.canonical-value", f.getMessage(), c.at(f.offset))), SourceMap.of(source));
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String message = e.getOriginalMessage();
            message = JsonText.cleanJacksonMessage(message);
            String rule = e instanceof tools.jackson.core.exc.StreamConstraintsException ? "devalue.size-limit" : "devalue.canonical-syntax";
            return ReadResult.failed(List.of(Problem.error(rule, message.isBlank() ? "malformed JSON" : message,
                    c.at(loc == null ? -1 : loc.getCharOffset()))), SourceMap.of(source));
        }
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long offset;

        Failure(String message, long offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static final Object PENDING = new Object();

    private static final int F_LIST = 0;
    private static final int F_OBJECT = 1;
    private static final int F_NULLPROTO = 2;
    private static final int F_SPARSE = 3;
    private static final int F_SET = 4;
    private static final int F_MAP = 5;
    private static final int F_TAG = 6;

    /** One container being filled. */
    private static final class Frame {
        final int kind;
        final Object target;
        final List<?> src;
        final Object node;
        int i;
        @Nullable Object aux;
        int id;

        Frame(int kind, Object target, List<?> src, Object node) {
            this.kind = kind;
            this.target = target;
            this.src = src;
            this.node = node;
        }
    }

    private final class Context {
        private final String text;
        private final String source;
        private final IdentityHashMap<Object, Long> offsets = new IdentityHashMap<>();
        private final HashMap<Integer, Object> ids = new HashMap<>();
        private final ArrayList<Frame> stack = new ArrayList<>();

        Context(String text, String source) {
            this.text = text;
            this.source = source;
        }

        SourceLocation at(long offset) {
            if (offset < 0) {
                return SourceLocation.of(source);
            }
            long pos = PayloadInput.of(text).position(offset);
            return new SourceLocation(source, (int) (pos >>> 32), (int) pos, "");
        }

        // ---- pass 1: a plain tree ----

        Object tree() {
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
                ArrayList<Object> containers = new ArrayList<>();
                ArrayList<@Nullable String> names = new ArrayList<>();
                Object root = null;
                String name = null;
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    Object value;
                    switch (t) {
                        case START_OBJECT:
                        case START_ARRAY: {
                            Object c = t == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<Object>();
                            offsets.put(c, p.currentTokenLocation().getCharOffset());
                            if (!containers.isEmpty()) {
                                add(containers.get(containers.size() - 1), name, c);
                            } else {
                                root = c;
                            }
                            containers.add(c);
                            names.add(name);
                            name = null;
                            continue;
                        }
                        case END_OBJECT:
                        case END_ARRAY:
                            containers.remove(containers.size() - 1);
                            name = null;
                            names.remove(names.size() - 1);
                            if (containers.isEmpty()) {
                                JsonToken extra = p.nextToken();
                                if (extra != null) {
                                    throw new Failure("unexpected content after the JSON value", p.currentTokenLocation().getCharOffset());
                                }
                                return root;
                            }
                            continue;
                        case PROPERTY_NAME:
                            name = p.currentName();
                            continue;
                        case VALUE_STRING:
                            value = p.getString();
                            break;
                        case VALUE_NUMBER_INT:
                        case VALUE_NUMBER_FLOAT:
                            value = p.getDoubleValue();
                            break;
                        case VALUE_TRUE:
                            value = Boolean.TRUE;
                            break;
                        case VALUE_FALSE:
                            value = Boolean.FALSE;
                            break;
                        default:
                            value = JsonNull.INSTANCE;
                            break;
                    }
                    if (containers.isEmpty()) {
                        JsonToken extra = p.nextToken();
                        if (extra != null) {
                            throw new Failure("unexpected content after the JSON value", p.currentTokenLocation().getCharOffset());
                        }
                        return value;
                    }
                    add(containers.get(containers.size() - 1), name, value);
                    name = null;
                }
                throw new Failure("the text is empty: expected a JSON value", text.length());
            }
        }

        @SuppressWarnings("unchecked")
        private void add(Object container, @Nullable String name, Object value) {
            if (container instanceof Map<?, ?> m) {
                ((Map<String, Object>) m).put(name == null ? "" : name, value);
            } else {
                ((List<Object>) container).add(value);
            }
        }

        // ---- pass 2: the graph ----

        Object convert(Object root) {
            Object v = start(root, root);
            if (v != PENDING) {
                return v;
            }
            while (true) {
                Frame f = stack.get(stack.size() - 1);
                if (f.i >= f.src.size()) {
                    stack.remove(stack.size() - 1);
                    Object done = complete(f);
                    if (stack.isEmpty()) {
                        return done;
                    }
                    deliver(stack.get(stack.size() - 1), done);
                    continue;
                }
                Object child = childOf(f);
                Object c = start(child, f.node);
                if (c != PENDING) {
                    deliver(f, c);
                }
            }
        }

        private Object childOf(Frame f) {
            Object item = f.src.get(f.i);
            switch (f.kind) {
                case F_OBJECT:
                case F_NULLPROTO:
                    return ((Map.Entry<?, ?>) item).getValue();
                case F_SPARSE:
                    return ((List<?>) item).get(1);
                default:
                    return item;
            }
        }

        @SuppressWarnings("unchecked")
        private void deliver(Frame f, Object v) {
            Object item = f.src.get(f.i);
            switch (f.kind) {
                case F_LIST:
                    ((List<Object>) f.target).add(v);
                    break;
                case F_OBJECT:
                    ((Map<String, Object>) f.target).put(unescape((String) ((Map.Entry<?, ?>) item).getKey(), f.node), v);
                    break;
                case F_NULLPROTO:
                    ((NullProtoObject) f.target).members().put(unescape((String) ((Map.Entry<?, ?>) item).getKey(), f.node), v);
                    break;
                case F_SPARSE:
                    ((SparseArray) f.target).set((long) (double) (Double) ((List<?>) item).get(0), v);
                    break;
                case F_SET:
                    ((JsSet) f.target).add(v);
                    break;
                case F_MAP:
                    if ((f.i & 1) == 0) {
                        f.aux = v;
                    } else {
                        ((JsMap) f.target).set(f.aux, v);
                        f.aux = null;
                    }
                    break;
                default:
                    f.aux = v;
                    break;
            }
            f.i++;
        }

        private Object complete(Frame f) {
            if (f.kind != F_TAG) {
                return f.target;
            }
            String name = (String) f.target;
            Object inner = f.aux;
            Object v = null;
            for (TagHandler h : tags) {
                if (h.name().equals(name)) {
                    try {
                        v = h.revive(inner);
                    } catch (RuntimeException e) {
                        throw new Failure("tag '" + name + "': " + e.getMessage(), offset(f.node));
                    }
                    break;
                }
            }
            if (v == null) {
                v = new Tagged(name, inner);
            }
            if (f.id > 0) {
                ids.put(f.id, v);
            }
            return v;
        }

        private Object push(Frame f) {
            if (stack.size() >= limits.maxDepth()) {
                throw new Failure("the value nests deeper than the limit of " + limits.maxDepth(), offset(f.node));
            }
            stack.add(f);
            return PENDING;
        }

        private long offset(Object node) {
            Long o = offsets.get(node);
            return o == null ? -1 : o;
        }

        private Object start(Object node, Object parent) {
            if (node instanceof String || node instanceof Double || node instanceof Boolean || node == JsonNull.INSTANCE) {
                return node;
            }
            if (node instanceof List<?> list) {
                return push(new Frame(F_LIST, new ArrayList<>(list.size()), list, node));
            }
            Map<?, ?> m = (Map<?, ?>) node;
            Object type = m.get("$type");
            if (type == null) {
                LinkedHashMap<String, Object> target = new LinkedHashMap<>();
                register(m, target);
                List<Map.Entry<?, ?>> entries = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!e.getKey().equals("$id")) {
                        entries.add(e);
                    }
                }
                return entries.isEmpty() ? target : push(new Frame(F_OBJECT, target, entries, node));
            }
            if (!(type instanceof String t)) {
                throw new Failure("'$type' must be a string", offset(node));
            }
            return typed(t, m);
        }

        private void register(Map<?, ?> m, Object target) {
            int id = id(m);
            if (id > 0) {
                ids.put(id, target);
            }
        }

        private int id(Map<?, ?> m) {
            Object id = m.get("$id");
            if (id == null) {
                return 0;
            }
            if (!(id instanceof Double d) || d != Math.rint(d) || d < 1 || d > Integer.MAX_VALUE) {
                throw new Failure("'$id' must be a positive integer", offset(m));
            }
            if (ids.containsKey(d.intValue())) {
                throw new Failure("'$id' " + d.intValue() + " is defined twice", offset(m));
            }
            return d.intValue();
        }

        private String unescape(String key, Object node) {
            if (key.startsWith("$$")) {
                return key.substring(1);
            }
            if (key.startsWith("$")) {
                throw new Failure("unknown meta key '" + key + "' (a data key starting with '$' is written with one more '$')", offset(node));
            }
            return key;
        }

        private Object field(Map<?, ?> m, String name) {
            Object v = m.get(name);
            if (v == null) {
                throw new Failure("'" + m.get("$type") + "' needs the member '" + name + "'", offset(m));
            }
            return v;
        }

        private String string(Map<?, ?> m, String name) {
            Object v = field(m, name);
            if (!(v instanceof String s)) {
                throw new Failure("'" + name + "' of '" + m.get("$type") + "' must be a string", offset(m));
            }
            return s;
        }

        private List<?> list(Map<?, ?> m, String name) {
            Object v = field(m, name);
            if (!(v instanceof List<?> l)) {
                throw new Failure("'" + name + "' of '" + m.get("$type") + "' must be an array", offset(m));
            }
            return l;
        }

        private Object typed(String type, Map<?, ?> m) {
            switch (type) {
                case "number":
                    switch (string(m, "value")) {
                        case "NaN":
                            return DevalueDecoder.NAN;
                        case "Infinity":
                            return DevalueDecoder.POSITIVE_INFINITY;
                        case "-Infinity":
                            return DevalueDecoder.NEGATIVE_INFINITY;
                        case "-0":
                            return DevalueDecoder.NEGATIVE_ZERO;
                        default:
                            throw new Failure("a 'number' value is NaN, Infinity, -Infinity or -0", offset(m));
                    }
                case "undefined":
                    return Undefined.INSTANCE;
                case "ref": {
                    Object id = field(m, "id");
                    Object target = id instanceof Double d ? ids.get(d.intValue()) : null;
                    if (target == null) {
                        throw new Failure("a 'ref' to id " + id + ", which no node before it defines (or a tag still being read)", offset(m));
                    }
                    return target;
                }
                case "array": {
                    List<?> items = list(m, "items");
                    ArrayList<Object> target = new ArrayList<>(items.size());
                    register(m, target);
                    return push(new Frame(F_LIST, target, items, m));
                }
                case "sparse": {
                    Object len = field(m, "length");
                    if (!(len instanceof Double d) || d != Math.rint(d) || d < 0 || d > SparseArray.MAX_LENGTH) {
                        throw new Failure("'length' of 'sparse' must be an integer in [0, 4294967295]", offset(m));
                    }
                    SparseArray target = new SparseArray(d.longValue());
                    register(m, target);
                    List<?> entries = list(m, "entries");
                    for (Object e : entries) {
                        if (!(e instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Double i) || i != Math.rint(i)
                                || i < 0 || i >= d) {
                            throw new Failure("each entry of 'sparse' is [index, value] with an index below the length", offset(m));
                        }
                    }
                    return push(new Frame(F_SPARSE, target, entries, m));
                }
                case "null": {
                    Object obj = field(m, "object");
                    if (!(obj instanceof Map<?, ?> members)) {
                        throw new Failure("'object' of 'null' must be an object", offset(m));
                    }
                    NullProtoObject target = new NullProtoObject();
                    register(m, target);
                    return push(new Frame(F_NULLPROTO, target, new ArrayList<>(members.entrySet()), obj));
                }
                case "Set": {
                    JsSet target = new JsSet();
                    register(m, target);
                    return push(new Frame(F_SET, target, list(m, "values"), m));
                }
                case "Map": {
                    JsMap target = new JsMap();
                    register(m, target);
                    List<Object> flat = new ArrayList<>();
                    for (Object e : list(m, "entries")) {
                        if (!(e instanceof List<?> pair) || pair.size() != 2) {
                            throw new Failure("each entry of 'Map' is [key, value]", offset(m));
                        }
                        flat.add(pair.get(0));
                        flat.add(pair.get(1));
                    }
                    return push(new Frame(F_MAP, target, flat, m));
                }
                case "tag": {
                    Frame f = new Frame(F_TAG, string(m, "name"), List.of(field(m, "value")), m);
                    f.id = id(m);
                    return push(f);
                }
                case "Date": {
                    Object iso = field(m, "iso");
                    if (iso == JsonNull.INSTANCE) {
                        return JsDate.INVALID;
                    }
                    String text = iso instanceof String s ? JsDates.normalize(s) : null;
                    if (text == null) {
                        throw new Failure("'iso' of 'Date' must be an ISO date-time or null", offset(m));
                    }
                    return new JsDate(text);
                }
                case "RegExp":
                    return new JsRegExp(string(m, "source"), string(m, "flags"));
                case "BigInt":
                    return bigint(string(m, "value"), m);
                case "Object": {
                    Object inner = field(m, "value");
                    Object v = inner instanceof Map<?, ?> || inner instanceof List<?> ? start(inner, m) : inner;
                    if (!(v instanceof String || v instanceof Double || v instanceof Boolean || v instanceof BigInteger)) {
                        throw new Failure("'value' of 'Object' must be a string, number, boolean or BigInt", offset(m));
                    }
                    return new JsBoxed(v);
                }
                case "URL":
                    return new JsUrl(string(m, "href"));
                case "URLSearchParams":
                    return new JsUrlSearchParams(string(m, "value"));
                case "ArrayBuffer":
                    return new JsArrayBuffer(base64(string(m, "base64"), m));
                case "DataView": {
                    byte[] bytes = base64(string(m, "base64"), m);
                    return new JsDataView(new JsArrayBuffer(bytes), 0, bytes.length);
                }
                default:
                    break;
            }
            TemporalKind tk = TemporalKind.ofTag(type).orElse(null);
            if (tk != null) {
                return new JsTemporal(tk, string(m, "value"));
            }
            TypedArrayKind ta = TypedArrayKind.ofTag(type).orElse(null);
            if (ta != null) {
                return typedArray(ta, list(m, "values"), m);
            }
            throw new Failure("unknown '$type' '" + type + "'", offset(m));
        }

        private BigInteger bigint(String text, Object node) {
            if (!BIGINT.matcher(text).matches() || text.length() > limits.maxNumberLength()) {
                throw new Failure("a BigInt value is a decimal integer, got '" + text + "'", offset(node));
            }
            return new BigInteger(text);
        }

        private byte[] base64(String text, Object node) {
            try {
                if (text.length() % 4 != 0) {
                    throw new IllegalArgumentException("the length is not a multiple of 4");
                }
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new Failure("invalid base64: " + e.getMessage(), offset(node));
            }
        }

        private JsTypedArray typedArray(TypedArrayKind kind, List<?> values, Object node) {
            int size = kind.bytesPerElement();
            byte[] bytes = new byte[Math.multiplyExact(values.size(), size)];
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                Object element;
                if (kind.isBigInt()) {
                    element = v instanceof String s ? bigint(s, node) : null;
                } else if (v instanceof Map<?, ?> special) {
                    Object n = typed(String.valueOf(special.get("$type")), special);
                    element = n instanceof Double ? n : null;
                } else {
                    element = v instanceof Double ? v : null;
                }
                if (element == null) {
                    throw new Failure("element " + i + " of '" + kind.tag() + "' must be " + (kind.isBigInt() ? "a decimal string" : "a number"), offset(node));
                }
                TypedArrays.write(kind, bytes, i * size, element);
            }
            return JsTypedArray.of(kind, new JsArrayBuffer(bytes));
        }
    }
}
