package dev.qakit.io.internal.devalue;

import static dev.qakit.io.internal.devalue.DevalueDecoder.NAN;
import static dev.qakit.io.internal.devalue.DevalueDecoder.NEGATIVE_INFINITY;
import static dev.qakit.io.internal.devalue.DevalueDecoder.NEGATIVE_ZERO;
import static dev.qakit.io.internal.devalue.DevalueDecoder.POSITIVE_INFINITY;
import static dev.qakit.io.internal.devalue.SlotTable.K_ARRAY;
import static dev.qakit.io.internal.devalue.SlotTable.K_OBJECT;
import static dev.qakit.io.internal.devalue.SlotTable.S_BUSY;
import static dev.qakit.io.internal.devalue.SlotTable.S_DONE;
import static dev.qakit.io.internal.devalue.SlotTable.T_FALSE;
import static dev.qakit.io.internal.devalue.SlotTable.T_INT;
import static dev.qakit.io.internal.devalue.SlotTable.T_NULL;
import static dev.qakit.io.internal.devalue.SlotTable.T_STR;
import static dev.qakit.io.internal.devalue.SlotTable.T_TRUE;

import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.JsMap;
import dev.qakit.io.devalue.JsSet;
import dev.qakit.io.devalue.NullProtoObject;
import dev.qakit.io.devalue.SparseArray;
import dev.qakit.io.devalue.TagHandler;
import dev.qakit.io.devalue.TemporalKind;
import dev.qakit.io.devalue.TypedArrayKind;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The second pass of decoding: builds the value graph from slot 0 of a {@link SlotTable} with an
 * explicit stack (no recursion), caching each slot's value so that shared slots give one
 * instance and containers can hold themselves. Plain and sparse arrays, objects, null-prototype
 * objects, Sets, Maps and custom tags are built here; the other built-in tags are decoded by
 * {@link BuiltInTags}. One instance per decoding call.
 */
final class GraphBuilder {
    // frame kinds
    private static final byte F_LIST = 0;
    private static final byte F_HOLEY = 1;
    private static final byte F_SPARSE = 2;
    private static final byte F_SPARSE_DENSE = 3;
    private static final byte F_OBJECT = 4;
    private static final byte F_NULLPROTO = 5;
    private static final byte F_SET = 6;
    private static final byte F_MAP = 7;
    private static final byte F_TAG = 8;

    private static final Object PENDING = new Object();

    private final SlotTable table;
    private final Map<String, TagHandler> handlers;
    private final boolean keepUnknown;
    private final DevalueLimits limits;
    private final BuiltInTags tags;

    // explicit stack
    private int sp;
    private byte[] fKind = new byte[32];
    private int[] fSlot = new int[32];
    private int[] fCur = new int[32];
    private int[] fEnd = new int[32];
    private Object[] fObj = new Object[32];
    private @Nullable Object[] fAux = new Object[32];

    GraphBuilder(SlotTable table, Map<String, TagHandler> handlers, boolean keepUnknown, boolean legacy, DevalueLimits limits) {
        this.table = table;
        this.handlers = handlers;
        this.keepUnknown = keepUnknown;
        this.limits = limits;
        this.tags = new BuiltInTags(this, table, legacy, limits);
    }

    Object build() {
        Object root = slot(0, -1, -1);
        if (root != PENDING) {
            return root;
        }
        while (true) {
            int f = sp - 1;
            if (fCur[f] >= fEnd[f]) {
                Object v = complete(f);
                sp--;
                fObj[f] = null;
                fAux[f] = null;
                if (sp == 0) {
                    return v;
                }
                deliver(sp - 1, v);
                continue;
            }
            int op = fCur[f];
            byte k = fKind[f];
            if (k == F_HOLEY && table.opType[op] == T_INT && table.opVal[op] == -2) {
                fCur[f]++;
                continue;
            }
            Object v = ref(fSlot[f], op);
            if (v != PENDING) {
                deliver(f, v);
            }
        }
    }

    private void deliver(int f, Object v) {
        int cur = fCur[f];
        switch (fKind[f]) {
            case F_LIST:
                listOf(fObj[f]).add(v);
                fCur[f] = cur + 1;
                break;
            case F_HOLEY:
                ((SparseArray) fObj[f]).set(cur - table.opStart[fSlot[f]], v);
                fCur[f] = cur + 1;
                break;
            case F_SPARSE:
                ((SparseArray) fObj[f]).set(table.opVal[cur - 1], v);
                fCur[f] = cur + 2;
                break;
            case F_SPARSE_DENSE:
                listOf(fObj[f]).set((int) table.opVal[cur - 1], v);
                fCur[f] = cur + 2;
                break;
            case F_OBJECT:
                mapOf(fObj[f]).put(table.strs[(int) table.opVal[cur - 1]], v);
                fCur[f] = cur + 2;
                break;
            case F_NULLPROTO:
                ((NullProtoObject) fObj[f]).members().put(table.strs[(int) table.opVal[cur - 1]], v);
                fCur[f] = cur + 2;
                break;
            case F_SET:
                ((JsSet) fObj[f]).add(v);
                fCur[f] = cur + 1;
                break;
            case F_MAP:
                if (((cur - table.opStart[fSlot[f]]) & 1) == 1) {
                    fAux[f] = v;
                } else {
                    ((JsMap) fObj[f]).set(fAux[f], v);
                    fAux[f] = null;
                }
                fCur[f] = cur + 1;
                break;
            case F_TAG:
                fObj[f] = v;
                fCur[f] = cur + 1;
                break;
            default:
                throw new AssertionError(fKind[f]);
        }
    }

    private Object complete(int f) {
        if (fKind[f] != F_TAG) {
            return fObj[f];
        }
        int s = fSlot[f];
        Object v = revive((TagHandler) fAux[f], fObj[f], s);
        table.hydrated[s] = v;
        table.state[s] = S_DONE;
        return v;
    }

    private void push(byte k, int s, int from, int to, Object obj, @Nullable Object aux) {
        if (sp >= limits.maxDepth()) {
            throw new DecodeFailure("devalue.depth-limit", "the value nests deeper than the limit of " + limits.maxDepth() + " containers", s, -1, -1);
        }
        if (sp == fKind.length) {
            int n = sp * 2;
            fKind = Arrays.copyOf(fKind, n);
            fSlot = Arrays.copyOf(fSlot, n);
            fCur = Arrays.copyOf(fCur, n);
            fEnd = Arrays.copyOf(fEnd, n);
            fObj = Arrays.copyOf(fObj, n);
            fAux = Arrays.copyOf(fAux, n);
        }
        fKind[sp] = k;
        fSlot[sp] = s;
        fCur[sp] = from;
        fEnd[sp] = to;
        fObj[sp] = obj;
        fAux[sp] = aux;
        sp++;
    }

    /** Resolves the reference operand {@code op} of slot {@code from}. */
    private Object ref(int from, int op) {
        if (table.opType[op] != T_INT) {
            throw table.fail("devalue.bad-reference", "expected a reference (a slot index or a special value), got " + table.describeOperand(op), from, op);
        }
        long v = table.opVal[op];
        if (v >= 0) {
            if (v >= table.slotCount) {
                throw table.fail("devalue.bad-reference", "reference " + v + " is out of range: the payload has " + table.slotCount + " slots", from, op);
            }
            return slot((int) v, from, op);
        }
        return special(v, from, op);
    }

    Object special(long v, int from, int op) {
        switch ((int) v) {
            case -1:
                return Undefined.INSTANCE;
            case -3:
                return NAN;
            case -4:
                return POSITIVE_INFINITY;
            case -5:
                return NEGATIVE_INFINITY;
            case -6:
                return NEGATIVE_ZERO;
            case -2:
                throw table.fail("devalue.bad-reference", "the hole marker -2 is only valid as an element of an array", from, op);
            case -7:
                throw table.fail("devalue.bad-reference", "the sparse-array marker -7 is only valid as the first element of an array", from, op);
            default:
                throw table.fail("devalue.bad-reference", "unknown special reference " + v + " (expected -1, -3, -4, -5 or -6)", from, op);
        }
    }

    /** The value of slot {@code s}, or PENDING after pushing a frame that will produce it. */
    Object slot(int s, int from, int op) {
        byte st = table.state[s];
        if (st == S_DONE) {
            return table.hydrated[s];
        }
        if (st == S_BUSY) {
            return reenter(s, from, op);
        }
        if (sp >= limits.maxDepth()) {
            throw new DecodeFailure("devalue.depth-limit", "the value nests deeper than the limit of " + limits.maxDepth() + " containers", s, -1, -1);
        }
        switch (table.kind[s]) {
            case K_OBJECT:
                return startObject(s);
            case K_ARRAY:
                return startArray(s);
            default:
                return startTagged(s);
        }
    }

    /** A reference to a custom tag slot whose operand is still being decoded. */
    private Object reenter(int s, int from, int op) {
        int operand = table.opStart[s] + 1;
        if (table.opType[operand] == T_INT && table.opVal[operand] >= 0 && table.state[(int) table.opVal[operand]] == S_DONE) {
            // devalue runs the reviver again on the (already cached) inner container
            return revive(handlerOf(s), table.hydrated[(int) table.opVal[operand]], s);
        }
        throw table.fail("devalue.circular-reference", "slot " + s + " (tag '" + table.tagOf(s) + "') refers back to itself before it is complete", from, op);
    }

    private Object startObject(int s) {
        int start = table.opStart[s];
        int end = start + table.opLen[s];
        for (int i = start; i < end; i += 2) {
            if (table.strs[(int) table.opVal[i]].equals("__proto__")) {
                throw table.fail("devalue.proto-key", "an object must not have a '__proto__' key", s, i);
            }
        }
        LinkedHashMap<String, Object> map = new LinkedHashMap<>(capacity(table.opLen[s] / 2));
        if (needsReorder(start, end)) {
            presetKeyOrder(map, start, end);
        }
        table.hydrated[s] = map;
        table.state[s] = S_DONE;
        if (end == start) {
            return map;
        }
        push(F_OBJECT, s, start + 1, end, map, null);
        return PENDING;
    }

    /** Whether the keys at every second operand from {@code start} are not already in JavaScript's order. */
    private boolean needsReorder(int start, int end) {
        boolean seenName = false;
        long lastIndex = -1;
        for (int i = start; i < end; i += 2) {
            if (table.opType[i] != T_STR) {
                continue;
            }
            long index = arrayIndex(table.strs[(int) table.opVal[i]]);
            if (index >= 0) {
                if (seenName || index <= lastIndex) {
                    return true;
                }
                lastIndex = index;
            } else {
                seenName = true;
            }
        }
        return false;
    }

    /** JavaScript lists integer-like keys first, ascending: put the keys in that order up front. */
    private void presetKeyOrder(Map<String, Object> map, int start, int end) {
        TreeMap<Long, String> indexKeys = new TreeMap<>();
        for (int i = start; i < end; i += 2) {
            String key = table.strs[(int) table.opVal[i]];
            long index = arrayIndex(key);
            if (index >= 0) {
                indexKeys.put(index, key);
            }
        }
        for (String k : indexKeys.values()) {
            map.put(k, Undefined.INSTANCE);
        }
        for (int i = start; i < end; i += 2) {
            map.putIfAbsent(table.strs[(int) table.opVal[i]], Undefined.INSTANCE);
        }
    }

    private Object startArray(int s) {
        int start = table.opStart[s];
        int len = table.opLen[s];
        int end = start + len;
        if (len > 0 && table.opType[start] == T_INT && table.opVal[start] == -7) {
            return startSparse(s, start, end);
        }
        boolean holes = false;
        for (int i = start; i < end; i++) {
            if (table.opVal[i] == -2 && table.opType[i] == T_INT) {
                holes = true;
                break;
            }
        }
        if (holes) {
            SparseArray array = new SparseArray(len);
            table.hydrated[s] = array;
            table.state[s] = S_DONE;
            push(F_HOLEY, s, start, end, array, null);
            return PENDING;
        }
        ArrayList<Object> list = new ArrayList<>(len);
        table.hydrated[s] = list;
        table.state[s] = S_DONE;
        if (len == 0) {
            return list;
        }
        push(F_LIST, s, start, end, list, null);
        return PENDING;
    }

    private Object startSparse(int s, int start, int end) {
        if (end - start < 2 || table.opType[start + 1] != T_INT || table.opVal[start + 1] < 0 || table.opVal[start + 1] > SparseArray.MAX_LENGTH) {
            throw table.fail("devalue.bad-sparse-array", "a sparse array needs a length, an integer in [0, 4294967295], got "
                    + (end - start < 2 ? "none" : table.describeOperand(start + 1)), s, Math.min(start + 1, end - 1));
        }
        long length = table.opVal[start + 1];
        if (length > limits.maxSparseLength()) {
            throw table.fail("devalue.size-limit", "the sparse array's length " + length + " is above the limit of " + limits.maxSparseLength(), s, start + 1);
        }
        if (((end - start) & 1) == 1) {
            throw table.fail("devalue.bad-sparse-array", "the last index of a sparse array has no value", s, end - 1);
        }
        int pairs = (end - start - 2) / 2;
        for (int i = start + 2; i < end; i += 2) {
            if (table.opType[i] != T_INT || table.opVal[i] < 0 || table.opVal[i] >= length) {
                throw table.fail("devalue.bad-sparse-array", "a sparse-array index must be an integer in [0, " + length + "), got " + table.describeOperand(i), s, i);
            }
        }
        if (length == 0 || (pairs == length && distinctIndexes(start, end, (int) length))) {
            ArrayList<Object> list = new ArrayList<>((int) length);
            for (int i = 0; i < length; i++) {
                list.add(Undefined.INSTANCE);
            }
            table.hydrated[s] = list;
            table.state[s] = S_DONE;
            if (length == 0) {
                return list;
            }
            push(F_SPARSE_DENSE, s, start + 3, end, list, null);
            return PENDING;
        }
        SparseArray array = new SparseArray(length);
        table.hydrated[s] = array;
        table.state[s] = S_DONE;
        if (pairs == 0) {
            return array;
        }
        push(F_SPARSE, s, start + 3, end, array, null);
        return PENDING;
    }

    private boolean distinctIndexes(int start, int end, int length) {
        BitSet seen = new BitSet(length);
        for (int i = start + 2; i < end; i += 2) {
            int index = (int) table.opVal[i];
            if (seen.get(index)) {
                return false;
            }
            seen.set(index);
        }
        return true;
    }

    private Object startTagged(int s) {
        int start = table.opStart[s];
        int end = start + table.opLen[s];
        String tag = table.strs[(int) table.opVal[start]];
        int n = end - start - 1; // operand count
        TagHandler handler = handlers.get(tag);
        if (handler != null) {
            return startCustom(s, handler, n);
        }
        switch (tag) {
            case "Date":
                return done(s, tags.date(s, n));
            case "Set": {
                JsSet set = new JsSet();
                table.hydrated[s] = set;
                table.state[s] = S_DONE;
                if (n == 0) {
                    return set;
                }
                push(F_SET, s, start + 1, end, set, null);
                return PENDING;
            }
            case "Map": {
                if ((n & 1) == 1) {
                    throw table.fail("devalue.bad-arity", "a Map needs key-value pairs, got an odd number of operands (" + n + ")", s, end - 1);
                }
                JsMap map = new JsMap();
                table.hydrated[s] = map;
                table.state[s] = S_DONE;
                if (n == 0) {
                    return map;
                }
                push(F_MAP, s, start + 1, end, map, null);
                return PENDING;
            }
            case "null":
                return startNullProto(s, start, end, n);
            case "RegExp":
                return done(s, tags.regexp(s, n));
            case "BigInt":
                return done(s, tags.bigint(s, n));
            case "Object":
                return done(s, tags.boxed(s, n));
            case "URL":
                return done(s, tags.url(s, n));
            case "URLSearchParams":
                return done(s, tags.urlSearchParams(s, n));
            case "ArrayBuffer":
                return done(s, tags.arrayBuffer(s, n));
            case "DataView":
                return done(s, tags.dataView(s, n));
            default:
                break;
        }
        if (tag.startsWith("Temporal.")) {
            TemporalKind tk = TemporalKind.ofTag(tag).orElse(null);
            if (tk != null) {
                return done(s, tags.temporal(s, tk, tag, n));
            }
        } else if (tag.endsWith("Array")) {
            TypedArrayKind ta = TypedArrayKind.ofTag(tag).orElse(null);
            if (ta != null) {
                return done(s, tags.typedArray(s, ta, n));
            }
        }
        if (keepUnknown) {
            return startCustom(s, TagHandler.keep(tag), n);
        }
        throw table.fail("devalue.unknown-tag", "unknown tag '" + tag + "': no handler is registered for it", s, start);
    }

    private Object done(int s, Object v) {
        table.hydrated[s] = v;
        table.state[s] = S_DONE;
        return v;
    }

    private Object startCustom(int s, TagHandler handler, int n) {
        int op = table.opStart[s] + 1;
        if (n != 1) {
            throw table.fail("devalue.bad-arity", "tag '" + handler.name() + "' takes exactly one operand, got " + n, s, n == 0 ? -1 : op + 1);
        }
        switch (table.opType[op]) {
            case T_INT:
                break;
            case T_STR:
                return done(s, revive(handler, table.str(op), s));
            case T_TRUE:
                return done(s, revive(handler, Boolean.TRUE, s));
            case T_FALSE:
                return done(s, revive(handler, Boolean.FALSE, s));
            case T_NULL:
                return done(s, revive(handler, JsonNull.INSTANCE, s));
            default:
                throw table.fail("devalue.bad-reference", "expected a reference (a slot index or a special value), got " + table.describeOperand(op), s, op);
        }
        long v = table.opVal[op];
        if (v < 0 || table.state[(int) Math.min(v, table.slotCount - 1)] == S_DONE && v < table.slotCount) {
            Object inner = ref(s, op);
            return done(s, revive(handler, inner, s));
        }
        table.state[s] = S_BUSY;
        push(F_TAG, s, op, op + 1, JsonNull.INSTANCE, handler);
        return PENDING;
    }

    private Object revive(TagHandler handler, Object inner, int s) {
        try {
            Object v = handler.revive(inner);
            if (v == null) {
                throw table.fail("devalue.bad-tag-value", "the handler of tag '" + handler.name() + "' returned nothing", s, -1);
            }
            return v;
        } catch (DecodeFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw table.fail("devalue.bad-tag-value", "tag '" + handler.name() + "': " + e.getMessage(), s, -1);
        }
    }

    private TagHandler handlerOf(int s) {
        String tag = table.tagOf(s);
        TagHandler h = handlers.get(tag);
        return h != null ? h : TagHandler.keep(tag);
    }

    private Object startNullProto(int s, int start, int end, int n) {
        if ((n & 1) == 1) {
            throw table.fail("devalue.bad-arity", "a null-prototype object needs key-value pairs, got an odd number of operands (" + n + ")", s, end - 1);
        }
        for (int i = start + 1; i < end; i += 2) {
            if (table.opType[i] != T_STR) {
                throw table.fail("devalue.non-string-key", "a null-prototype object's keys must be strings, got " + table.describeOperand(i), s, i);
            }
            if (table.str(i).equals("__proto__")) {
                throw table.fail("devalue.proto-key", "an object must not have a '__proto__' key", s, i);
            }
        }
        NullProtoObject obj = new NullProtoObject();
        if (needsReorder(start + 1, end)) {
            presetKeyOrder(obj.members(), start + 1, end);
        }
        table.hydrated[s] = obj;
        table.state[s] = S_DONE;
        if (n == 0) {
            return obj;
        }
        push(F_NULLPROTO, s, start + 2, end, obj, null);
        return PENDING;
    }

    private static int capacity(int n) {
        return n < 3 ? n + 1 : (int) (n / 0.75f) + 1;
    }

    /** The value of a key that is a canonical array index ("0".."4294967294"), or -1. */
    static long arrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        char c0 = key.charAt(0);
        if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 4_294_967_294L ? v : -1;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object o) {
        return (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object o) {
        return (Map<String, Object>) o;
    }
}
