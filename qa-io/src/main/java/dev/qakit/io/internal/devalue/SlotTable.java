package dev.qakit.io.internal.devalue;

import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.model.JsonNull;
import java.util.Arrays;
import java.util.BitSet;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The first pass of decoding: the payload's slots and their operands, scanned from Jackson's
 * token stream into compact arrays (no tree). A slot that holds a primitive is decoded here;
 * containers and tags keep their operands for {@link GraphBuilder}. Also the per-slot cache of
 * decoded values that the second pass fills. One instance per decoding call.
 */
final class SlotTable {
    // operand types
    static final byte T_INT = 0;
    static final byte T_NUM = 1;
    static final byte T_STR = 2;
    static final byte T_NULL = 3;
    static final byte T_TRUE = 4;
    static final byte T_FALSE = 5;
    static final byte T_CONTAINER = 6;

    // slot kinds
    static final byte K_PRIM = 0;
    static final byte K_OBJECT = 1;
    static final byte K_ARRAY = 2;
    static final byte K_TAGGED = 3;

    // slot states
    static final byte S_NEW = 0;
    static final byte S_BUSY = 1;
    static final byte S_DONE = 2;

    private static final long MAX_SAFE = 1L << 53;

    private final PayloadInput input;

    // slots
    int slotCount;
    byte[] kind = new byte[64];
    int[] opStart = new int[64];
    int[] opLen = new int[64];
    Object[] hydrated = new Object[64];
    byte[] state = new byte[64];
    /** Where each slot starts in the text: 1-based line and column, as the parser counts them. */
    int[] line = new int[64];
    int[] column = new int[64];

    // operands
    int opCount;
    byte[] opType = new byte[256];
    long[] opVal = new long[256];
    String[] strs = new String[64];
    int strCount;
    /** The operands written as a negative zero ({@code -0}, {@code -0.0}), stored as the integer 0. */
    final BitSet negativeZeros = new BitSet();

    SlotTable(PayloadInput input) {
        this.input = input;
    }

    void read(JsonParser p) {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int s = slotCount;
            if (s == kind.length) {
                growSlots();
            }
            slotCount++;
            TokenStreamLocation at = p.currentTokenLocation();
            line[s] = at.getLineNr();
            column[s] = at.getColumnNr();
            switch (t) {
                case VALUE_STRING:
                    hydrated[s] = p.getString();
                    state[s] = S_DONE;
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    hydrated[s] = jsonDouble(p);
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
                    throw new DecodeFailure("devalue.json-syntax", "unexpected " + tokenName(t), -1, -1, offset(p.currentTokenLocation()));
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
        line = Arrays.copyOf(line, n);
        column = Arrays.copyOf(column, n);
    }

    String str(int op) {
        return strs[(int) opVal[op]];
    }

    String tagOf(int s) {
        return strs[(int) opVal[opStart[s]]];
    }

    String describeOperand(int op) {
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

    DecodeFailure fail(String rule, String message, int slot, int op) {
        return new DecodeFailure(rule, message, slot, op < 0 ? -1 : op - opStart[slot], -1);
    }

    long offset(TokenStreamLocation loc) {
        long o = loc.getCharOffset();
        return o >= 0 && !input.text.isEmpty() && input.text.charAt(0) == '\uFEFF' ? o + 1 : o;
    }

    /** A JSON number as JSON.parse reads it: {@code -0} (no fraction) is negative zero too. */
    private static double jsonDouble(JsonParser p) {
        double d = p.getDoubleValue();
        if (d == 0 && p.getString().charAt(0) == '-') {
            return -0.0;
        }
        return d;
    }

    static String tokenName(JsonToken t) {
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
