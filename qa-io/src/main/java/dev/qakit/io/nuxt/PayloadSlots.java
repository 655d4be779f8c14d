package dev.qakit.io.nuxt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where each slot of a devalue text starts, and how slots refer to each other, so that a JSON
 * Pointer into the decoded value can be traced back to the slot that wrote it. It does not
 * decode values (the codec does); it only indexes the slot table, lazily, on the first
 * question. Thread-safe after construction (the index is built under a lock).
 */
final class PayloadSlots implements SlotLocator {
    /** Tags whose single operand is the value itself (Nuxt's wrappers and custom tags). */
    private static final Set<String> BUILT_IN = Set.of("Date", "Set", "Map", "RegExp", "BigInt", "Object", "null", "URL",
            "URLSearchParams", "ArrayBuffer", "DataView", "EmptyRef", "EmptyShallowRef");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private @Nullable String text;
    private byte @Nullable [] bytes;
    private final int lineOffset;
    private final int columnOffset;
    private @Nullable List<Slot> slots;
    private @Nullable List<Object> shapes;
    private java.util.@Nullable SortedMap<Integer, String> tags;

    /**
     * Indexes a payload text.
     *
     * @param text the devalue text
     * @param line 1-based line of the text's first character in its file
     * @param column 1-based column of that character
     */
    PayloadSlots(String text, int line, int column) {
        this.text = text;
        this.lineOffset = line;
        this.columnOffset = column;
    }

    /**
     * Indexes a payload held as UTF-8 bytes (a whole file: it starts at line 1, column 1). The
     * bytes are decoded only if a location is asked for.
     *
     * @param bytes the devalue text as well-formed UTF-8, possibly starting with a byte-order mark
     */
    PayloadSlots(byte[] bytes) {
        this.bytes = bytes;
        this.lineOffset = 1;
        this.columnOffset = 1;
    }

    @Override
    public synchronized @Nullable Slot find(String pointer) {
        if (slots == null) {
            index();
        }
        List<Slot> s = slots;
        List<Object> sh = shapes;
        if (s == null || sh == null || s.isEmpty()) {
            return null;
        }
        int current = 0;
        current = followWrappers(current, sh);
        if (!pointer.isEmpty()) {
            for (String raw : pointer.substring(1).split("/", -1)) {
                if (current < 0 || current >= sh.size()) {
                    return null;
                }
                String token = raw.replace("~1", "/").replace("~0", "~");
                Object shape = sh.get(current);
                int next = -1;
                if (shape instanceof Map<?, ?> m) {
                    Object ref = m.get(token);
                    next = ref instanceof Integer i ? i : -1;
                } else if (shape instanceof int[] refs) {
                    try {
                        int i = Integer.parseInt(token);
                        next = i >= 0 && i < refs.length ? refs[i] : -1;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                if (next < 0 || next >= sh.size()) {
                    return null;
                }
                current = followWrappers(next, sh);
            }
        }
        return current >= 0 && current < s.size() ? s.get(current) : null;
    }

    private static int followWrappers(int slot, List<Object> shapes) {
        int current = slot;
        for (int guard = 0; guard < 64 && current >= 0 && current < shapes.size(); guard++) {
            if (shapes.get(current) instanceof Wrapper w) {
                current = w.operand();
            } else {
                break;
            }
        }
        return current;
    }

    /**
     * A custom tag written in the payload.
     *
     * @param tag the tag name
     * @param slot where
     */
    record TagUse(String tag, Slot slot) {
    }

    /**
     * The tagged slots whose tag is neither devalue's own nor one of {@code known}, in slot order.
     *
     * @param known the tag names with revivers
     * @return the uses
     */
    synchronized List<TagUse> customTags(Set<String> known) {
        if (slots == null) {
            index();
        }
        List<TagUse> out = new ArrayList<>();
        List<Slot> s = slots;
        if (s != null && tags != null) {
            for (Map.Entry<Integer, String> e : tags.entrySet()) {
                String tag = e.getValue();
                if (!known.contains(tag) && !isDevalueTag(tag)) {
                    out.add(new TagUse(tag, s.get(e.getKey())));
                }
            }
        }
        return out;
    }

    private static boolean isDevalueTag(String tag) {
        return BUILT_IN.contains(tag) || tag.startsWith("Temporal.") || tag.endsWith("Array") && !tag.equals("Array");
    }

    /** A tag slot whose value is its one operand's value. */
    private record Wrapper(int operand) {
    }

    private void index() {
        String src = text;
        if (src == null) {
            byte[] b = bytes;
            src = b == null ? "" : new String(b, StandardCharsets.UTF_8);
            src = src.startsWith("\uFEFF") ? src.substring(1) : src;
            bytes = null;
        }
        text = null;
        List<Slot> s = new ArrayList<>();
        List<Object> sh = new ArrayList<>();
        java.util.SortedMap<Integer, String> tagged = new java.util.TreeMap<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), src)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                slots = List.of();
                shapes = List.of();
                return;
            }
            for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                TokenStreamLocation loc = p.currentTokenLocation();
                int line = loc.getLineNr();
                int col = loc.getColumnNr();
                s.add(new Slot(s.size(), line <= 0 ? 0 : lineOffset + line - 1,
                        line <= 0 ? 0 : (line == 1 ? columnOffset + col - 1 : col)));
                Object shape = shape(p, t);
                if (shape instanceof TagShape ts) {
                    tagged.put(s.size() - 1, ts.tag());
                    shape = ts.shape();
                }
                sh.add(shape);
            }
        } catch (JacksonException e) {
            // a broken text: the codec reports it; index what was read
        }
        slots = s;
        shapes = sh;
        tags = tagged;
    }

    /** A tagged slot's tag and the shape to follow pointers through. */
    private record TagShape(String tag, @Nullable Object shape) {
    }

    private static int ref(JsonParser p) {
        try {
            return p.getIntValue();
        } catch (JacksonException e) {
            return -1;
        }
    }

    private static @Nullable Object shape(JsonParser p, JsonToken t) {
        if (t == JsonToken.START_OBJECT) {
            Map<String, Integer> refs = new LinkedHashMap<>();
            for (JsonToken k = p.nextToken(); k == JsonToken.PROPERTY_NAME; k = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.VALUE_NUMBER_INT) {
                    refs.put(name, ref(p));
                } else {
                    p.skipChildren();
                }
            }
            return refs;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> items = new ArrayList<>();
            for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY && v != null; v = p.nextToken()) {
                if (v == JsonToken.VALUE_NUMBER_INT) {
                    items.add(ref(p));
                } else if (v == JsonToken.VALUE_STRING) {
                    items.add(p.getString());
                } else {
                    p.skipChildren();
                    items.add(null);
                }
            }
            if (!items.isEmpty() && items.get(0) instanceof String tag) {
                return new TagShape(tag, tagShape(tag, items));
            }
            if (!items.isEmpty() && Integer.valueOf(-7).equals(items.get(0))) {
                return null;
            }
            int[] refs = new int[items.size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = items.get(i) instanceof Integer r ? r : -1;
            }
            return refs;
        }
        return null;
    }

    private static @Nullable Object tagShape(String tag, List<Object> items) {
        if (tag.equals("null")) {
            Map<String, Integer> refs = new LinkedHashMap<>();
            for (int i = 1; i + 1 < items.size(); i += 2) {
                if (items.get(i) instanceof String k && items.get(i + 1) instanceof Integer r) {
                    refs.put(k, r);
                }
            }
            return refs;
        }
        if (!BUILT_IN.contains(tag) && items.size() >= 2 && items.get(1) instanceof Integer r) {
            return new Wrapper(r);
        }
        return null;
    }
}
