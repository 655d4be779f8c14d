package dev.qakit.io.devalue;

import dev.qakit.model.JsonNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** Plain JSON trees for tests (maps, lists, doubles, strings, booleans, JsonNull), read and compared without recursion. */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1_000_000).maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private JsonTree() {
    }

    static Map<String, Object> readObject(Path file) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) parse(Files.readString(file, StandardCharsets.UTF_8));
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Object parse(String text) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            ArrayDeque<Object> stack = new ArrayDeque<>();
            ArrayDeque<String> names = new ArrayDeque<>();
            String name = null;
            Object root = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Object v;
                switch (t) {
                    case PROPERTY_NAME:
                        name = p.currentName();
                        continue;
                    case START_OBJECT:
                    case START_ARRAY: {
                        Object c = t == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<Object>();
                        if (!stack.isEmpty()) {
                            add(stack.peek(), name, c);
                        } else {
                            root = c;
                        }
                        stack.push(c);
                        names.push(name == null ? "" : name);
                        name = null;
                        continue;
                    }
                    case END_OBJECT:
                    case END_ARRAY:
                        stack.pop();
                        names.pop();
                        continue;
                    case VALUE_STRING:
                        v = p.getString();
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        v = p.getDoubleValue();
                        break;
                    case VALUE_TRUE:
                        v = Boolean.TRUE;
                        break;
                    case VALUE_FALSE:
                        v = Boolean.FALSE;
                        break;
                    default:
                        v = JsonNull.INSTANCE;
                }
                if (stack.isEmpty()) {
                    return v;
                }
                add(stack.peek(), name, v);
                name = null;
            }
            return Objects.requireNonNull(root);
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, String name, Object v) {
        if (container instanceof Map) {
            ((Map<String, Object>) container).put(name, v);
        } else {
            ((List<Object>) container).add(v);
        }
    }

    /**
     * Compares two canonical JSON trees as the vectors' README says: key order matters except for
     * the meta keys {@code $type} and {@code $id}; numbers compare as doubles.
     *
     * @return null when equal, else the JSON Pointer of the first difference and what differs
     */
    static String difference(Object expected, Object actual) {
        ArrayDeque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {expected, actual, ""});
        while (!work.isEmpty()) {
            Object[] w = work.pop();
            Object e = w[0];
            Object a = w[1];
            String path = (String) w[2];
            if (e instanceof Map<?, ?> em) {
                if (!(a instanceof Map<?, ?> am)) {
                    return path + ": expected an object, got " + brief(a);
                }
                if (!Objects.equals(em.get("$type"), am.get("$type")) || !Objects.equals(em.get("$id"), am.get("$id"))) {
                    return path + ": meta keys differ: expected $type=" + em.get("$type") + " $id=" + em.get("$id")
                            + ", got $type=" + am.get("$type") + " $id=" + am.get("$id");
                }
                List<String> ek = dataKeys(em);
                List<String> ak = dataKeys(am);
                if (!ek.equals(ak)) {
                    return path + ": keys differ: expected " + ek + ", got " + ak;
                }
                for (String k : ek) {
                    work.push(new Object[] {em.get(k), am.get(k), path + "/" + k});
                }
            } else if (e instanceof List<?> el) {
                if (!(a instanceof List<?> al) || al.size() != el.size()) {
                    return path + ": expected an array of " + el.size() + ", got " + brief(a);
                }
                for (int i = 0; i < el.size(); i++) {
                    work.push(new Object[] {el.get(i), al.get(i), path + "/" + i});
                }
            } else if (e instanceof Double d) {
                if (!(a instanceof Double x) || Double.compare(d, x) != 0) {
                    return path + ": expected " + d + ", got " + brief(a);
                }
            } else if (!e.equals(a)) {
                return path + ": expected " + brief(e) + ", got " + brief(a);
            }
        }
        return null;
    }

    /** Plain JSON text of a tree, written without recursion. */
    static String write(Object tree) {
        StringBuilder sb = new StringBuilder();
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(tree);
        while (!work.isEmpty()) {
            Object v = work.pop();
            if (v instanceof Raw r) {
                sb.append(r.text());
            } else if (v instanceof Map<?, ?> m) {
                sb.append('{');
                List<Object> items = new ArrayList<>();
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    items.add(new Raw((first ? "" : ",") + quote((String) e.getKey()) + ":"));
                    items.add(e.getValue());
                    first = false;
                }
                items.add(new Raw("}"));
                for (int i = items.size() - 1; i >= 0; i--) {
                    work.push(items.get(i));
                }
            } else if (v instanceof List<?> l) {
                sb.append('[');
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        items.add(new Raw(","));
                    }
                    items.add(l.get(i));
                }
                items.add(new Raw("]"));
                for (int i = items.size() - 1; i >= 0; i--) {
                    work.push(items.get(i));
                }
            } else if (v instanceof String s) {
                sb.append(quote(s));
            } else if (v instanceof Double d) {
                sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    private record Raw(String text) {
    }

    /** A JSON string literal of {@code s}, with every control and surrogate escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static List<String> dataKeys(Map<?, ?> m) {
        List<String> out = new ArrayList<>();
        for (Iterator<?> it = m.keySet().iterator(); it.hasNext();) {
            String k = (String) it.next();
            if (!k.equals("$type") && !k.equals("$id")) {
                out.add(k);
            }
        }
        return out;
    }

    private static String brief(Object v) {
        String s = String.valueOf(v instanceof Map || v instanceof List ? v.getClass().getSimpleName() : v);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
