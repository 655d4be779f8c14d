package dev.qakit.io.internal.devalue;

import static dev.qakit.io.internal.devalue.SlotTable.K_ARRAY;
import static dev.qakit.io.internal.devalue.SlotTable.K_OBJECT;
import static dev.qakit.io.internal.devalue.SlotTable.K_TAGGED;
import static dev.qakit.io.internal.devalue.SlotTable.T_INT;
import static dev.qakit.io.internal.devalue.SlotTable.T_STR;

import dev.qakit.io.SourceMap;
import dev.qakit.model.problem.SourceLocation;
import java.util.Set;

/**
 * Where each slot of a decoded payload was written, and how slots refer to each other: a JSON
 * Pointer into the decoded value is traced back to the slot that wrote it. Built from the
 * decoder's own first pass ({@link SlotTable}), so a located value costs no second parse.
 *
 * <p>A pointer follows object members and array items by their references, and passes through
 * a custom tag whose first operand is a reference (Nuxt's {@code ShallowReactive},
 * {@code Ref}, ...: the revived value is that operand's value). Values held by devalue's own
 * tags ({@code Map}, {@code Set}, typed arrays, ...) and sparse arrays are located as a whole.
 * As a {@link SourceMap}, a pointer with no slot of its own is located at its nearest located
 * ancestor. Immutable once built; thread-safe.
 */
public final class SlotIndex implements SourceMap {
    /** Devalue's own tags and Nuxt's empty refs: their operands are data, not a wrapped value. */
    private static final Set<String> DATA_TAGS = Set.of("Date", "Set", "Map", "RegExp", "BigInt", "Object", "null", "URL",
            "URLSearchParams", "ArrayBuffer", "DataView", "EmptyRef", "EmptyShallowRef");
    private static final int MAX_WRAPPERS = 64;

    private final String source;
    private final int count;
    private final byte[] kind;
    private final int[] opStart;
    private final int[] opLen;
    private final byte[] opType;
    private final long[] opVal;
    private final String[] strs;
    private final int[] line;
    private final int[] column;

    SlotIndex(SlotTable t, String source) {
        this.source = source;
        this.count = t.slotCount;
        this.kind = t.kind;
        this.opStart = t.opStart;
        this.opLen = t.opLen;
        this.opType = t.opType;
        this.opVal = t.opVal;
        this.strs = t.strs;
        this.line = t.line;
        this.column = t.column;
    }

    /**
     * Whether a tag's operands are its data rather than a wrapped value: devalue's own tags
     * (typed arrays and {@code Temporal.*} included) and Nuxt's empty refs. A pointer does not
     * pass through such a tag.
     *
     * @param tag the tag name
     * @return whether the tag holds data
     */
    public static boolean holdsData(String tag) {
        return DATA_TAGS.contains(tag) || tag.startsWith("Temporal.") || tag.endsWith("Array") && !tag.equals("Array");
    }

    /**
     * The number of slots indexed.
     *
     * @return the slot count
     */
    public int size() {
        return count;
    }

    /**
     * The slot that wrote the value at a pointer.
     *
     * @param pointer a JSON Pointer from the payload's root ({@code ""} for the root)
     * @return the slot index, or -1 when the pointer does not lead to a slot
     */
    public int find(String pointer) {
        return count == 0 ? -1 : find(followWrappers(0), pointer);
    }

    /**
     * The slot that wrote the value at a pointer relative to the value of another slot.
     *
     * @param from the slot the pointer starts at (one that {@link #find(String)} returned)
     * @param pointer a JSON Pointer from that slot's value ({@code ""} for the value itself)
     * @return the slot index, or -1 when the pointer does not lead to a slot
     */
    public int find(int from, String pointer) {
        int n = pointer.length();
        if (from < 0 || from >= count || n > 0 && pointer.charAt(0) != '/') {
            return -1;
        }
        int current = from;
        int at = 1;
        while (at <= n && current >= 0) {
            int slash = pointer.indexOf('/', at);
            int end = slash < 0 ? n : slash;
            String token = pointer.substring(at, end);
            if (token.indexOf('~') >= 0) {
                token = token.replace("~1", "/").replace("~0", "~");
            }
            current = child(current, token);
            if (current >= 0) {
                current = followWrappers(current);
            }
            at = end + 1;
        }
        return current;
    }

    /**
     * The slot that wrote the value at a pointer relative to the value of another slot, or the
     * slot of the pointer's nearest ancestor that has one ({@code from} itself at worst).
     *
     * @param from the slot the pointer starts at (one that {@link #find(String)} returned)
     * @param pointer a JSON Pointer from that slot's value
     * @return the slot index, or -1 when {@code from} is no slot
     */
    public int nearest(int from, String pointer) {
        String p = pointer;
        while (true) {
            int slot = find(from, p);
            if (slot >= 0 || p.isEmpty()) {
                return slot;
            }
            p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
        }
    }

    /** The slot referred to by one member or item of a slot, or -1. */
    private int child(int slot, String token) {
        int start = opStart[slot];
        int end = start + opLen[slot];
        int op = -1;
        switch (kind[slot]) {
            case K_OBJECT:
                // the last of repeated names wins, as in JSON.parse
                for (int i = end - 2; i >= start; i -= 2) {
                    if (opType[i] == T_STR && strs[(int) opVal[i]].equals(token)) {
                        op = i + 1;
                        break;
                    }
                }
                break;
            case K_ARRAY: {
                if (end > start && opType[start] == T_INT && opVal[start] == -7) {
                    return -1; // a sparse array: located as a whole
                }
                long index = GraphBuilder.arrayIndex(token);
                op = index >= 0 && index < end - start ? start + (int) index : -1;
                break;
            }
            case K_TAGGED:
                if ("null".equals(tag(slot))) {
                    // an object without a prototype: its names and values in turn after the tag
                    for (int i = start + 1 + 2 * ((end - start - 1) / 2 - 1); i > start; i -= 2) {
                        if (opType[i] == T_STR && strs[(int) opVal[i]].equals(token)) {
                            op = i + 1;
                            break;
                        }
                    }
                }
                break;
            default:
                break;
        }
        if (op < 0 || opType[op] != T_INT) {
            return -1;
        }
        long ref = opVal[op];
        return ref >= 0 && ref < count ? (int) ref : -1;
    }

    private int followWrappers(int slot) {
        int current = slot;
        for (int guard = 0; guard < MAX_WRAPPERS && kind[current] == K_TAGGED; guard++) {
            int start = opStart[current];
            String tag = tag(current);
            if (tag == null || opLen[current] < 2 || holdsData(tag) || opType[start + 1] != T_INT) {
                break;
            }
            long ref = opVal[start + 1];
            if (ref < 0 || ref >= count) {
                break;
            }
            current = (int) ref;
        }
        return current;
    }

    /**
     * The 1-based line of a slot's first character in the decoded text, 0 if unknown.
     *
     * @param slot the slot index
     * @return the line
     */
    public int line(int slot) {
        return line[slot];
    }

    /**
     * The 1-based column (UTF-16 code units) of a slot's first character, 0 if unknown.
     *
     * @param slot the slot index
     * @return the column
     */
    public int column(int slot) {
        return column[slot];
    }

    /**
     * The tag of a tagged slot ({@code ["Tag", ...]}).
     *
     * @param slot the slot index
     * @return the tag, or null when the slot is not tagged
     */
    public @org.jspecify.annotations.Nullable String tag(int slot) {
        return kind[slot] == K_TAGGED && opLen[slot] > 0 && opType[opStart[slot]] == T_STR ? strs[(int) opVal[opStart[slot]]] : null;
    }

    @Override
    public SourceLocation locate(String pointer) {
        int slot = count == 0 ? -1 : nearest(followWrappers(0), pointer);
        return slot < 0 ? new SourceLocation(source, 0, 0, pointer) : new SourceLocation(source, line[slot], column[slot], pointer);
    }
}
