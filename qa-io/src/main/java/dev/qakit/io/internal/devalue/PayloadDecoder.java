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
import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Decodes devalue payloads in two passes: Jackson's streaming parser fills a compact table of
 * slots and operands (no tree), then the graph is built from slot 0 with an explicit stack (no
 * recursion). Immutable; each call has its own {@link Context}.
 */
public final class PayloadDecoder {
    static final Double NAN = Double.NaN;
    static final Double POSITIVE_INFINITY = Double.POSITIVE_INFINITY;
    static final Double NEGATIVE_INFINITY = Double.NEGATIVE_INFINITY;
    static final Double NEGATIVE_ZERO = -0.0;

    private static final long MAX_SAFE = 1L << 53;
    private static final Pattern BIGINT = Pattern.compile("-?[0-9]+");
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:\\S*");

    private final Map<String, TagHandler> handlers;
    private final boolean keepUnknown;
    private final boolean legacy;
    private final DevalueLimits limits;
    private final JsonFactory factory;

    /**
     * Creates the decoder.
     *
     * @param handlers tag handlers by name
     * @param keepUnknown whether unknown tags become Tagged
     * @param legacy whether ambiguous forms are read as before devalue 5.7.0
     * @param limits the limits
     */
    public PayloadDecoder(Map<String, TagHandler> handlers, boolean keepUnknown, boolean legacy, DevalueLimits limits) {
        this.handlers = Map.copyOf(handlers);
        this.keepUnknown = keepUnknown;
        this.legacy = legacy;
        this.limits = limits;
        this.factory = jsonFactory(limits);
    }

    static JsonFactory jsonFactory(DevalueLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }

    /**
     * Decodes one input.
     *
     * @param input the input
     * @param source the source label
     * @return the value or problems
     */
    public ReadResult<Object> read(PayloadInput input, String source) {
        Context c = new Context(input, source);
        try {
            return ReadResult.of(c.run(), List.of(), SourceMap.of(source));
        } catch (Failure f) {
            return ReadResult.failed(List.of(c.problem(f)), SourceMap.of(source));
        } catch (StreamConstraintsException e) {
            String rule = e.getOriginalMessage().contains("nesting depth") ? "devalue.depth-limit" : "devalue.size-limit";
            return ReadResult.failed(List.of(c.jsonProblem(rule, e)), SourceMap.of(source));
        } catch (JacksonException e) {
            return ReadResult.failed(List.of(c.jsonProblem("devalue.json-syntax", e)), SourceMap.of(source));
        }
    }

    /**
     * The result for an input over the size limit.
     *
     * @param source the source label
     * @return a failed result
     */
    public ReadResult<Object> tooLarge(String source) {
        return ReadResult.failed(List.of(Problem.error("devalue.size-limit",
                "the payload is larger than the limit of " + limits.maxBytes() + " bytes", SourceLocation.of(source))), SourceMap.of(source));
    }

    /** A decoding failure: a rule, a message and where (slot and operand position, or a text offset). */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String rule;
        final int slot;
        final int position;
        final long offset;

        Failure(String rule, String message, int slot, int position, long offset) {
            super(message, null, false, false);
            this.rule = rule;
            this.slot = slot;
            this.position = position;
            this.offset = offset;
        }
    }

    // operand types
    private static final byte T_INT = 0;
    private static final byte T_NUM = 1;
    private static final byte T_STR = 2;
    private static final byte T_NULL = 3;
    private static final byte T_TRUE = 4;
    private static final byte T_FALSE = 5;
    private static final byte T_CONTAINER = 6;

    // slot kinds
    private static final byte K_PRIM = 0;
    private static final byte K_OBJECT = 1;
    private static final byte K_ARRAY = 2;
    private static final byte K_TAGGED = 3;

    // slot states
    private static final byte S_NEW = 0;
    private static final byte S_BUSY = 1;
    private static final byte S_DONE = 2;

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

    /** The state of one decoding call. */
    private final class Context {
        private final PayloadInput input;
        private final String source;

        // slot table
        private int slotCount;
        private byte[] kind = new byte[64];
        private int[] opStart = new int[64];
        private int[] opLen = new int[64];
        private Object[] hydrated = new Object[64];
        private byte[] state = new byte[64];

        // operands
        private int opCount;
        private byte[] opType = new byte[256];
        private long[] opVal = new long[256];
        private String[] strs = new String[64];
        private int strCount;
        /** The operands written as a negative zero ({@code -0}, {@code -0.0}), stored as the integer 0. */
        private final BitSet negativeZeros = new BitSet();

        // explicit stack
        private int sp;
        private byte[] fKind = new byte[32];
        private int[] fSlot = new int[32];
        private int[] fCur = new int[32];
        private int[] fEnd = new int[32];
        private Object[] fObj = new Object[32];
        private @Nullable Object[] fAux = new Object[32];

        /** The parser of the first pass, kept to locate failures that carry no location. */
        private @Nullable JsonParser active;

        Context(PayloadInput input, String source) {
            this.input = input;
            this.source = source;
        }

        private JsonParser parser() {
            ObjectReadContext ctx = ObjectReadContext.empty();
            String text = input.text;
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                // a byte-order mark: skipped, as a browser's and Node's UTF-8 decoders skip it
                char[] chars = text.toCharArray();
                return factory.createParser(ctx, chars, 1, chars.length - 1);
            }
            return factory.createParser(ctx, text);
        }

        Object run() {
            try (JsonParser p = parser()) {
                active = p;
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw new Failure("devalue.json-syntax", "the payload is empty: expected a JSON array", -1, -1, input.length());
                }
                Object bare = null;
                if (t == JsonToken.START_ARRAY) {
                    readTable(p);
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    bare = bareSpecial(p);
                } else {
                    throw new Failure("devalue.invalid-root", "expected a JSON array of slots (or a bare -1, -3, -4, -5 or -6), got " + tokenName(t),
                            -1, -1, offset(p.currentTokenLocation()));
                }
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    throw new Failure("devalue.json-syntax", "unexpected " + tokenName(extra) + " after the payload", -1, -1, offset(p.currentTokenLocation()));
                }
                if (bare != null) {
                    return bare;
                }
            }
            if (slotCount == 0) {
                throw new Failure("devalue.invalid-root", "the payload is an empty array: expected at least the root slot", -1, -1, 0);
            }
            return hydrate();
        }

        private Object bareSpecial(JsonParser p) {
            double d = p.getDoubleValue();
            if (d == -1) {
                return Undefined.INSTANCE;
            } else if (d == -3) {
                return NAN;
            } else if (d == -4) {
                return POSITIVE_INFINITY;
            } else if (d == -5) {
                return NEGATIVE_INFINITY;
            } else if (d == -6) {
                return NEGATIVE_ZERO;
            }
            throw new Failure("devalue.invalid-root", "a bare number must be -1, -3, -4, -5 or -6 (a special value), got " + p.getString(),
                    -1, -1, offset(p.currentTokenLocation()));
        }

        // ---- pass 1: the slot table ----

        private void readTable(JsonParser p) {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                int s = slotCount;
                if (s == kind.length) {
                    growSlots();
                }
                slotCount++;
                switch (t) {
                    case VALUE_STRING:
                        hydrated[s] = p.getString();
                        state[s] = S_DONE;
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        hydrated[s] = number(jsonDouble(p));
                        state[s] = S_DONE;
                        break;
                    case VALUE_TRUE:
                        hydrated[s] = Boolean.TRUE;
                        state[s] = S_DONE;
                        break;
                    case VALUE_FALSE:
                        hydrated[s] = Boolean.FALSE;
                        state[s] = S_DONE;
                        break;
                    case VALUE_NULL:
                        hydrated[s] = JsonNull.INSTANCE;
                        state[s] = S_DONE;
                        break;
                    case START_OBJECT: {
                        kind[s] = K_OBJECT;
                        int start = opCount;
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            addString(p.currentName());
                            addOperand(p, p.nextToken());
                        }
                        opStart[s] = start;
                        opLen[s] = opCount - start;
                        break;
                    }
                    case START_ARRAY: {
                        int start = opCount;
                        JsonToken e = p.nextToken();
                        kind[s] = e == JsonToken.VALUE_STRING ? K_TAGGED : K_ARRAY;
                        while (e != JsonToken.END_ARRAY) {
                            addOperand(p, e);
                            e = p.nextToken();
                        }
                        opStart[s] = start;
                        opLen[s] = opCount - start;
                        break;
                    }
                    default:
                        throw new Failure("devalue.json-syntax", "unexpected " + tokenName(t), -1, -1, offset(p.currentTokenLocation()));
                }
            }
        }

        private void addOperand(JsonParser p, JsonToken t) {
            if (opCount == opType.length) {
                opType = Arrays.copyOf(opType, opCount * 2);
                opVal = Arrays.copyOf(opVal, opCount * 2);
            }
            int i = opCount++;
            switch (t) {
                case VALUE_NUMBER_INT:
                    if (p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() != 0) {
                        opType[i] = T_INT;
                        opVal[i] = p.getIntValue();
                        return;
                    }
                    storeDouble(i, jsonDouble(p));
                    return;
                case VALUE_NUMBER_FLOAT:
                    storeDouble(i, jsonDouble(p));
                    return;
                case VALUE_STRING:
                    opCount--;
                    addString(p.getString());
                    return;
                case VALUE_NULL:
                    opType[i] = T_NULL;
                    return;
                case VALUE_TRUE:
                    opType[i] = T_TRUE;
                    return;
                case VALUE_FALSE:
                    opType[i] = T_FALSE;
                    return;
                default:
                    p.skipChildren();
                    opType[i] = T_CONTAINER;
            }
        }

        private void storeDouble(int i, double d) {
            if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE) {
                // -0 is the index 0 (values[-0] is values[0]); only an inline boxed number keeps its sign
                if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
                    negativeZeros.set(i);
                }
                opType[i] = T_INT;
                opVal[i] = (long) d;
            } else {
                opType[i] = T_NUM;
                opVal[i] = Double.doubleToRawLongBits(d);
            }
        }

        private void addString(String s) {
            if (opCount == opType.length) {
                opType = Arrays.copyOf(opType, opCount * 2);
                opVal = Arrays.copyOf(opVal, opCount * 2);
            }
            if (strCount == strs.length) {
                strs = Arrays.copyOf(strs, strCount * 2);
            }
            strs[strCount] = s;
            opType[opCount] = T_STR;
            opVal[opCount] = strCount++;
            opCount++;
        }

        private void growSlots() {
            int n = kind.length * 2;
            kind = Arrays.copyOf(kind, n);
            opStart = Arrays.copyOf(opStart, n);
            opLen = Arrays.copyOf(opLen, n);
            hydrated = Arrays.copyOf(hydrated, n);
            state = Arrays.copyOf(state, n);
        }

        // ---- pass 2: the graph ----

        private Object hydrate() {
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
                if (k == F_HOLEY && opType[op] == T_INT && opVal[op] == -2) {
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
                    ((SparseArray) fObj[f]).set(cur - opStart[fSlot[f]], v);
                    fCur[f] = cur + 1;
                    break;
                case F_SPARSE:
                    ((SparseArray) fObj[f]).set(opVal[cur - 1], v);
                    fCur[f] = cur + 2;
                    break;
                case F_SPARSE_DENSE:
                    listOf(fObj[f]).set((int) opVal[cur - 1], v);
                    fCur[f] = cur + 2;
                    break;
                case F_OBJECT:
                    mapOf(fObj[f]).put(strs[(int) opVal[cur - 1]], v);
                    fCur[f] = cur + 2;
                    break;
                case F_NULLPROTO:
                    ((NullProtoObject) fObj[f]).members().put(strs[(int) opVal[cur - 1]], v);
                    fCur[f] = cur + 2;
                    break;
                case F_SET:
                    ((JsSet) fObj[f]).add(v);
                    fCur[f] = cur + 1;
                    break;
                case F_MAP:
                    if (((cur - opStart[fSlot[f]]) & 1) == 1) {
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
            hydrated[s] = v;
            state[s] = S_DONE;
            return v;
        }

        private void push(byte k, int s, int from, int to, Object obj, @Nullable Object aux) {
            if (sp >= limits.maxDepth()) {
                throw new Failure("devalue.depth-limit", "the value nests deeper than the limit of " + limits.maxDepth() + " containers", s, -1, -1);
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
            if (opType[op] != T_INT) {
                throw fail("devalue.bad-reference", "expected a reference (a slot index or a special value), got " + describeOperand(op), from, op);
            }
            long v = opVal[op];
            if (v >= 0) {
                if (v >= slotCount) {
                    throw fail("devalue.bad-reference", "reference " + v + " is out of range: the payload has " + slotCount + " slots", from, op);
                }
                return slot((int) v, from, op);
            }
            return special(v, from, op);
        }

        private Object special(long v, int from, int op) {
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
                    throw fail("devalue.bad-reference", "the hole marker -2 is only valid as an element of an array", from, op);
                case -7:
                    throw fail("devalue.bad-reference", "the sparse-array marker -7 is only valid as the first element of an array", from, op);
                default:
                    throw fail("devalue.bad-reference", "unknown special reference " + v + " (expected -1, -3, -4, -5 or -6)", from, op);
            }
        }

        /** The value of slot {@code s}, or PENDING after pushing a frame that will produce it. */
        private Object slot(int s, int from, int op) {
            byte st = state[s];
            if (st == S_DONE) {
                return hydrated[s];
            }
            if (st == S_BUSY) {
                return reenter(s, from, op);
            }
            if (sp >= limits.maxDepth()) {
                throw new Failure("devalue.depth-limit", "the value nests deeper than the limit of " + limits.maxDepth() + " containers", s, -1, -1);
            }
            switch (kind[s]) {
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
            int operand = opStart[s] + 1;
            if (opType[operand] == T_INT && opVal[operand] >= 0 && state[(int) opVal[operand]] == S_DONE) {
                // devalue runs the reviver again on the (already cached) inner container
                return revive(handlerOf(s), hydrated[(int) opVal[operand]], s);
            }
            throw fail("devalue.circular-reference", "slot " + s + " (tag '" + tagOf(s) + "') refers back to itself before it is complete", from, op);
        }

        private Object startObject(int s) {
            int start = opStart[s];
            int end = start + opLen[s];
            for (int i = start; i < end; i += 2) {
                if (strs[(int) opVal[i]].equals("__proto__")) {
                    throw fail("devalue.proto-key", "an object must not have a '__proto__' key", s, i);
                }
            }
            LinkedHashMap<String, Object> map = new LinkedHashMap<>(capacity(opLen[s] / 2));
            if (needsReorder(start, end)) {
                presetKeyOrder(map, start, end);
            }
            hydrated[s] = map;
            state[s] = S_DONE;
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
                if (opType[i] != T_STR) {
                    continue;
                }
                long index = arrayIndex(strs[(int) opVal[i]]);
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
                String key = strs[(int) opVal[i]];
                long index = arrayIndex(key);
                if (index >= 0) {
                    indexKeys.put(index, key);
                }
            }
            for (String k : indexKeys.values()) {
                map.put(k, Undefined.INSTANCE);
            }
            for (int i = start; i < end; i += 2) {
                map.putIfAbsent(strs[(int) opVal[i]], Undefined.INSTANCE);
            }
        }

        private Object startArray(int s) {
            int start = opStart[s];
            int len = opLen[s];
            int end = start + len;
            if (len > 0 && opType[start] == T_INT && opVal[start] == -7) {
                return startSparse(s, start, end);
            }
            boolean holes = false;
            for (int i = start; i < end; i++) {
                if (opVal[i] == -2 && opType[i] == T_INT) {
                    holes = true;
                    break;
                }
            }
            if (holes) {
                SparseArray array = new SparseArray(len);
                hydrated[s] = array;
                state[s] = S_DONE;
                push(F_HOLEY, s, start, end, array, null);
                return PENDING;
            }
            ArrayList<Object> list = new ArrayList<>(len);
            hydrated[s] = list;
            state[s] = S_DONE;
            if (len == 0) {
                return list;
            }
            push(F_LIST, s, start, end, list, null);
            return PENDING;
        }

        private Object startSparse(int s, int start, int end) {
            if (end - start < 2 || opType[start + 1] != T_INT || opVal[start + 1] < 0 || opVal[start + 1] > SparseArray.MAX_LENGTH) {
                throw fail("devalue.bad-sparse-array", "a sparse array needs a length, an integer in [0, 4294967295], got "
                        + (end - start < 2 ? "none" : describeOperand(start + 1)), s, Math.min(start + 1, end - 1));
            }
            long length = opVal[start + 1];
            if (length > limits.maxSparseLength()) {
                throw fail("devalue.size-limit", "the sparse array's length " + length + " is above the limit of " + limits.maxSparseLength(), s, start + 1);
            }
            if (((end - start) & 1) == 1) {
                throw fail("devalue.bad-sparse-array", "the last index of a sparse array has no value", s, end - 1);
            }
            int pairs = (end - start - 2) / 2;
            for (int i = start + 2; i < end; i += 2) {
                if (opType[i] != T_INT || opVal[i] < 0 || opVal[i] >= length) {
                    throw fail("devalue.bad-sparse-array", "a sparse-array index must be an integer in [0, " + length + "), got " + describeOperand(i), s, i);
                }
            }
            if (length == 0 || (pairs == length && distinctIndexes(start, end, (int) length))) {
                ArrayList<Object> list = new ArrayList<>((int) length);
                for (int i = 0; i < length; i++) {
                    list.add(Undefined.INSTANCE);
                }
                hydrated[s] = list;
                state[s] = S_DONE;
                if (length == 0) {
                    return list;
                }
                push(F_SPARSE_DENSE, s, start + 3, end, list, null);
                return PENDING;
            }
            SparseArray array = new SparseArray(length);
            hydrated[s] = array;
            state[s] = S_DONE;
            if (pairs == 0) {
                return array;
            }
            push(F_SPARSE, s, start + 3, end, array, null);
            return PENDING;
        }

        private boolean distinctIndexes(int start, int end, int length) {
            BitSet seen = new BitSet(length);
            for (int i = start + 2; i < end; i += 2) {
                int index = (int) opVal[i];
                if (seen.get(index)) {
                    return false;
                }
                seen.set(index);
            }
            return true;
        }

        private Object startTagged(int s) {
            int start = opStart[s];
            int end = start + opLen[s];
            String tag = strs[(int) opVal[start]];
            int n = end - start - 1; // operand count
            TagHandler handler = handlers.get(tag);
            if (handler != null) {
                return startCustom(s, handler, n);
            }
            switch (tag) {
                case "Date":
                    return done(s, date(s, n));
                case "Set": {
                    JsSet set = new JsSet();
                    hydrated[s] = set;
                    state[s] = S_DONE;
                    if (n == 0) {
                        return set;
                    }
                    push(F_SET, s, start + 1, end, set, null);
                    return PENDING;
                }
                case "Map": {
                    if ((n & 1) == 1) {
                        throw fail("devalue.bad-arity", "a Map needs key-value pairs, got an odd number of operands (" + n + ")", s, end - 1);
                    }
                    JsMap map = new JsMap();
                    hydrated[s] = map;
                    state[s] = S_DONE;
                    if (n == 0) {
                        return map;
                    }
                    push(F_MAP, s, start + 1, end, map, null);
                    return PENDING;
                }
                case "null":
                    return startNullProto(s, start, end, n);
                case "RegExp":
                    return done(s, regexp(s, n));
                case "BigInt":
                    return done(s, bigint(s, n));
                case "Object":
                    return done(s, boxed(s, n));
                case "URL": {
                    String href = n >= 1 && opType[start + 1] == T_STR ? str(start + 1) : null;
                    if (href == null || !URL.matcher(href).matches()) {
                        throw fail("devalue.bad-operand", "a URL needs an absolute URL string, got " + (n == 0 ? "none" : describeOperand(start + 1)), s, n == 0 ? -1 : start + 1);
                    }
                    return done(s, new JsUrl(href));
                }
                case "URLSearchParams": {
                    if (n >= 1 && opType[start + 1] != T_STR) {
                        throw fail("devalue.bad-operand", "URLSearchParams needs a query string, got " + describeOperand(start + 1), s, start + 1);
                    }
                    return done(s, new JsUrlSearchParams(n == 0 ? "" : str(start + 1)));
                }
                case "ArrayBuffer":
                    return done(s, arrayBuffer(s, n));
                case "DataView":
                    return done(s, dataView(s, n));
                default:
                    break;
            }
            if (tag.startsWith("Temporal.")) {
                TemporalKind tk = TemporalKind.ofTag(tag).orElse(null);
                if (tk != null) {
                    if (n == 0 || opType[start + 1] != T_STR || !Temporals.isValid(tk, str(start + 1))) {
                        throw fail("devalue.bad-operand", "invalid " + tag + " text " + (n == 0 ? "(none)" : describeOperand(start + 1)), s, n == 0 ? -1 : start + 1);
                    }
                    return done(s, new JsTemporal(tk, str(start + 1)));
                }
            } else if (tag.endsWith("Array")) {
                TypedArrayKind ta = TypedArrayKind.ofTag(tag).orElse(null);
                if (ta != null) {
                    return done(s, typedArray(s, ta, n));
                }
            }
            if (keepUnknown) {
                return startCustom(s, TagHandler.keep(tag), n);
            }
            throw fail("devalue.unknown-tag", "unknown tag '" + tag + "': no handler is registered for it", s, start);
        }

        private Object done(int s, Object v) {
            hydrated[s] = v;
            state[s] = S_DONE;
            return v;
        }

        private Object startCustom(int s, TagHandler handler, int n) {
            int op = opStart[s] + 1;
            if (n != 1) {
                throw fail("devalue.bad-arity", "tag '" + handler.name() + "' takes exactly one operand, got " + n, s, n == 0 ? -1 : op + 1);
            }
            switch (opType[op]) {
                case T_INT:
                    break;
                case T_STR:
                    return done(s, revive(handler, str(op), s));
                case T_TRUE:
                    return done(s, revive(handler, Boolean.TRUE, s));
                case T_FALSE:
                    return done(s, revive(handler, Boolean.FALSE, s));
                case T_NULL:
                    return done(s, revive(handler, JsonNull.INSTANCE, s));
                default:
                    throw fail("devalue.bad-reference", "expected a reference (a slot index or a special value), got " + describeOperand(op), s, op);
            }
            long v = opVal[op];
            if (v < 0 || state[(int) Math.min(v, slotCount - 1)] == S_DONE && v < slotCount) {
                Object inner = ref(s, op);
                return done(s, revive(handler, inner, s));
            }
            state[s] = S_BUSY;
            push(F_TAG, s, op, op + 1, JsonNull.INSTANCE, handler);
            return PENDING;
        }

        private Object revive(TagHandler handler, Object inner, int s) {
            try {
                Object v = handler.revive(inner);
                if (v == null) {
                    throw fail("devalue.bad-tag-value", "the handler of tag '" + handler.name() + "' returned nothing", s, -1);
                }
                return v;
            } catch (Failure f) {
                throw f;
            } catch (RuntimeException e) {
                throw fail("devalue.bad-tag-value", "tag '" + handler.name() + "': " + e.getMessage(), s, -1);
            }
        }

        private TagHandler handlerOf(int s) {
            String tag = tagOf(s);
            TagHandler h = handlers.get(tag);
            return h != null ? h : TagHandler.keep(tag);
        }

        private String tagOf(int s) {
            return strs[(int) opVal[opStart[s]]];
        }

        private Object startNullProto(int s, int start, int end, int n) {
            if ((n & 1) == 1) {
                throw fail("devalue.bad-arity", "a null-prototype object needs key-value pairs, got an odd number of operands (" + n + ")", s, end - 1);
            }
            for (int i = start + 1; i < end; i += 2) {
                if (opType[i] != T_STR) {
                    throw fail("devalue.non-string-key", "a null-prototype object's keys must be strings, got " + describeOperand(i), s, i);
                }
                if (str(i).equals("__proto__")) {
                    throw fail("devalue.proto-key", "an object must not have a '__proto__' key", s, i);
                }
            }
            NullProtoObject obj = new NullProtoObject();
            if (needsReorder(start + 1, end)) {
                presetKeyOrder(obj.members(), start + 1, end);
            }
            hydrated[s] = obj;
            state[s] = S_DONE;
            if (n == 0) {
                return obj;
            }
            push(F_NULLPROTO, s, start + 2, end, obj, null);
            return PENDING;
        }

        private JsDate date(int s, int n) {
            int op = opStart[s] + 1;
            if (n == 0 || opType[op] != T_STR) {
                throw fail("devalue.bad-operand", "a Date needs its ISO text, got " + (n == 0 ? "none" : describeOperand(op)), s, n == 0 ? -1 : op);
            }
            // a new instance per slot, invalid ones too: two Date objects are two slots when written again
            String iso = JsDates.normalize(str(op));
            return new JsDate(iso);
        }

        private JsRegExp regexp(int s, int n) {
            int op = opStart[s] + 1;
            if (n == 0 || opType[op] != T_STR) {
                throw fail("devalue.bad-operand", "a RegExp needs its source text, got " + (n == 0 ? "none" : describeOperand(op)), s, n == 0 ? -1 : op);
            }
            if (n >= 2 && opType[op + 1] != T_STR) {
                throw fail("devalue.bad-operand", "a RegExp's flags must be a string, got " + describeOperand(op + 1), s, op + 1);
            }
            String source = str(op);
            String flags = n >= 2 ? str(op + 1) : "";
            String error = RegExps.check(source, flags);
            if (error != null) {
                throw fail("devalue.bad-operand", error, s, op);
            }
            return new JsRegExp(source, flags);
        }

        private BigInteger bigint(int s, int n) {
            int op = opStart[s] + 1;
            if (n == 0) {
                throw fail("devalue.bad-operand", "a BigInt needs its decimal text, got none", s, -1);
            }
            switch (opType[op]) {
                case T_STR: {
                    String text = str(op);
                    if (text.length() > limits.maxNumberLength()) {
                        throw fail("devalue.size-limit", "the BigInt has more than " + limits.maxNumberLength() + " digits", s, op);
                    }
                    if (!BIGINT.matcher(text).matches()) {
                        throw fail("devalue.bad-operand", "cannot convert '" + text + "' to a BigInt", s, op);
                    }
                    return new BigInteger(text);
                }
                case T_INT:
                    return BigInteger.valueOf(opVal[op]);
                case T_NUM: {
                    double d = Double.longBitsToDouble(opVal[op]);
                    // JSON numbers too large for a double (51e999) arrive as infinities, which BigInt() rejects
                    if (Double.isFinite(d) && d == Math.rint(d)) {
                        return new BigDecimal(d).toBigInteger();
                    }
                    throw fail("devalue.bad-operand", describeOperand(op) + " cannot be converted to a BigInt: it is not an integer", s, op);
                }
                default:
                    throw fail("devalue.bad-operand", "cannot convert " + describeOperand(op) + " to a BigInt", s, op);
            }
        }

        private JsBoxed boxed(int s, int n) {
            int op = opStart[s] + 1;
            if (n == 0) {
                throw fail("devalue.bad-arity", "a boxed primitive needs its value, got none", s, -1);
            }
            switch (opType[op]) {
                case T_STR:
                    return new JsBoxed(str(op));
                case T_TRUE:
                    return new JsBoxed(Boolean.TRUE);
                case T_FALSE:
                    return new JsBoxed(Boolean.FALSE);
                case T_NUM:
                    if (legacy) {
                        return new JsBoxed(Double.longBitsToDouble(opVal[op]));
                    }
                    throw fail("devalue.bad-reference", "expected a reference to the boxed value, got " + describeOperand(op), s, op);
                case T_INT:
                    break;
                default:
                    throw fail("devalue.bad-operand", "cannot box " + describeOperand(op), s, op);
            }
            long v = opVal[op];
            if (legacy) {
                return new JsBoxed(v == 0 && negativeZeros.get(op) ? NEGATIVE_ZERO : number(v));
            }
            if (v < 0) {
                if (v <= -3 && v >= -6) {
                    return new JsBoxed(special(v, s, op));
                }
                throw fail("devalue.bad-operand", "cannot box the special reference " + v, s, op);
            }
            if (v >= slotCount) {
                throw fail("devalue.bad-reference", "reference " + v + " is out of range: the payload has " + slotCount + " slots", s, op);
            }
            int t = (int) v;
            if (t == s) {
                throw fail("devalue.bad-operand", "a boxed primitive cannot contain itself", s, op);
            }
            if (kind[t] == K_PRIM) {
                Object inner = hydrated[t];
                if (inner instanceof String || inner instanceof Double || inner instanceof Boolean) {
                    return new JsBoxed(inner);
                }
            } else if (kind[t] == K_TAGGED && tagOf(t).equals("BigInt")) {
                return new JsBoxed(slot(t, s, op));
            }
            throw fail("devalue.bad-operand", "a boxed primitive holds a string, number, boolean or BigInt, not slot " + t, s, op);
        }

        private JsArrayBuffer arrayBuffer(int s, int n) {
            int op = opStart[s] + 1;
            if (n == 0 || opType[op] != T_STR) {
                throw fail("devalue.bad-operand", "an ArrayBuffer needs base64 text, got " + (n == 0 ? "none" : describeOperand(op)), s, n == 0 ? -1 : op);
            }
            return new JsArrayBuffer(base64(str(op), s, op));
        }

        private byte[] base64(String text, int s, int op) {
            if (text.length() % 4 != 0) {
                throw fail("devalue.bad-operand", "invalid base64: the length is not a multiple of 4", s, op);
            }
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw fail("devalue.bad-operand", "invalid base64: " + e.getMessage(), s, op);
            }
        }

        private JsArrayBuffer bufferOperand(int s, int op, String tag) {
            if (opType[op] == T_INT && opVal[op] >= 0 && opVal[op] < slotCount) {
                int t = (int) opVal[op];
                if (kind[t] == K_TAGGED && tagOf(t).equals("ArrayBuffer")) {
                    Object v = slot(t, s, op);
                    if (v instanceof JsArrayBuffer b) {
                        return b;
                    }
                }
            }
            throw fail("devalue.bad-reference", "the operand of " + tag + " must refer to an ArrayBuffer slot, got " + describeOperand(op), s, op);
        }

        private long nonNegative(int s, int op, String what) {
            if (opType[op] != T_INT || opVal[op] < 0 || opVal[op] > Integer.MAX_VALUE) {
                throw fail("devalue.bad-operand", what + " must be a non-negative integer, got " + describeOperand(op), s, op);
            }
            return opVal[op];
        }

        private JsTypedArray typedArray(int s, TypedArrayKind kind, int n) {
            int op = opStart[s] + 1;
            String tag = kind.tag();
            int size = kind.bytesPerElement();
            if (n == 0) {
                throw fail("devalue.bad-arity", tag + " needs an ArrayBuffer reference, got none", s, -1);
            }
            if (opType[op] == T_STR) {
                // devalue 5.1-5.2: the whole buffer inline
                byte[] bytes = base64(str(op), s, op);
                if (bytes.length % size != 0) {
                    throw fail("devalue.bad-operand", "byte length of " + tag + " should be a multiple of " + size, s, op);
                }
                return JsTypedArray.of(kind, new JsArrayBuffer(bytes));
            }
            JsArrayBuffer buffer = bufferOperand(s, op, tag);
            int byteLength = buffer.byteLength();
            long byteOffset = 0;
            long length;
            if (n >= 2) {
                long a = nonNegative(s, op + 1, tag + "'s offset");
                if (n >= 3) {
                    long b = nonNegative(s, op + 2, tag + "'s length");
                    if (legacy) {
                        if (b < a) {
                            throw fail("devalue.bad-operand", "the element range " + a + ".." + b + " of " + tag + " is reversed", s, op + 2);
                        }
                        byteOffset = a * size;
                        length = b - a;
                    } else {
                        byteOffset = a;
                        length = b;
                    }
                } else {
                    byteOffset = legacy ? a * size : a;
                    if ((byteLength - byteOffset) % size != 0 || byteOffset > byteLength) {
                        throw fail("devalue.bad-operand", "byte length of " + tag + " should be a multiple of " + size, s, op + 1);
                    }
                    length = (byteLength - byteOffset) / size;
                }
            } else {
                if (byteLength % size != 0) {
                    throw fail("devalue.bad-operand", "byte length of " + tag + " should be a multiple of " + size, s, op);
                }
                length = byteLength / size;
            }
            if (byteOffset % size != 0) {
                throw fail("devalue.bad-operand", "start offset of " + tag + " should be a multiple of " + size, s, op + 1);
            }
            if (byteOffset + length * size > byteLength) {
                throw fail("devalue.bad-operand", "invalid typed array length: " + length + " elements from byte " + byteOffset
                        + " do not fit a buffer of " + byteLength + " bytes", s, op + Math.min(n - 1, 2));
            }
            return new JsTypedArray(kind, buffer, (int) byteOffset, (int) length);
        }

        private JsDataView dataView(int s, int n) {
            int op = opStart[s] + 1;
            if (n == 0) {
                throw fail("devalue.bad-arity", "DataView needs an ArrayBuffer reference, got none", s, -1);
            }
            JsArrayBuffer buffer = bufferOperand(s, op, "DataView");
            long byteOffset = n >= 2 ? nonNegative(s, op + 1, "DataView's offset") : 0;
            long byteLength = n >= 3 ? nonNegative(s, op + 2, "DataView's length") : buffer.byteLength() - byteOffset;
            if (byteOffset + byteLength > buffer.byteLength() || byteLength < 0) {
                throw fail("devalue.bad-operand", "a DataView of " + byteLength + " bytes from byte " + byteOffset + " does not fit a buffer of "
                        + buffer.byteLength() + " bytes", s, op + Math.min(n - 1, 2));
            }
            return new JsDataView(buffer, (int) byteOffset, (int) byteLength);
        }

        private String str(int op) {
            return strs[(int) opVal[op]];
        }

        private String describeOperand(int op) {
            switch (opType[op]) {
                case T_INT:
                    return "the number " + opVal[op];
                case T_NUM:
                    return "the number " + JsNumberText.toString(Double.longBitsToDouble(opVal[op]));
                case T_STR: {
                    String s = str(op);
                    return "the string " + JsonScalars.quote(s.length() > 40 ? s.substring(0, 40) + "…" : s);
                }
                case T_NULL:
                    return "null";
                case T_TRUE:
                    return "true";
                case T_FALSE:
                    return "false";
                default:
                    return "a nested JSON container";
            }
        }

        private Failure fail(String rule, String message, int slot, int op) {
            return new Failure(rule, message, slot, op < 0 ? -1 : op - opStart[slot], -1);
        }

        // ---- locations ----

        private long offset(TokenStreamLocation loc) {
            long o = loc.getCharOffset();
            return o >= 0 && !input.text.isEmpty() && input.text.charAt(0) == '\uFEFF' ? o + 1 : o;
        }

        Problem problem(Failure f) {
            long offset = f.offset;
            String pointer = "";
            if (f.slot >= 0) {
                pointer = "@" + f.slot;
                offset = locate(f.slot, f.position);
            }
            return Problem.error(f.rule, f.getMessage(), at(offset, pointer));
        }

        Problem jsonProblem(String rule, JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            long offset = loc == null ? -1 : offset(loc);
            if (offset < 0 && active != null) {
                offset = offset(active.currentTokenLocation());
            }
            String message = e.getOriginalMessage();
            message = JsonText.cleanJacksonMessage(message);
            return Problem.error(rule, message.isBlank() ? "malformed JSON" : message, at(offset, ""));
        }

        private SourceLocation at(long offset, String pointer) {
            if (offset < 0) {
                return SourceLocation.of(source).withPointer(pointer);
            }
            long pos = input.position(offset);
            return new SourceLocation(source, (int) (pos >>> 32), (int) pos, pointer);
        }

        /** The offset of a slot, or of one of its operands (its JSON child at that position). */
        private long locate(int slot, int position) {
            try (JsonParser p = parser()) {
                p.nextToken();
                for (int i = 0; i < slot; i++) {
                    p.nextToken();
                    p.skipChildren();
                }
                JsonToken t = p.nextToken();
                long slotOffset = offset(p.currentTokenLocation());
                if (position < 0 || (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT)) {
                    return slotOffset;
                }
                for (int i = 0; i <= position; i++) {
                    JsonToken c = p.nextToken();
                    if (c == JsonToken.END_ARRAY || c == JsonToken.END_OBJECT || c == null) {
                        return slotOffset;
                    }
                    if (i < position) {
                        p.skipChildren();
                    }
                }
                return offset(p.currentTokenLocation());
            } catch (JacksonException e) {
                return -1;
            }
        }
    }

    private static Double number(double d) {
        return d;
    }

    /** A JSON number as JSON.parse reads it: {@code -0} (no fraction) is negative zero too. */
    private static double jsonDouble(JsonParser p) {
        double d = p.getDoubleValue();
        if (d == 0 && p.getString().charAt(0) == '-') {
            return -0.0;
        }
        return d;
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

    private static String tokenName(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return "a JSON object";
            case START_ARRAY:
                return "a JSON array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NULL:
                return "null";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            default:
                return t.toString();
        }
    }
}
