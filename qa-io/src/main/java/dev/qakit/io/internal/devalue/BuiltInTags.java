package dev.qakit.io.internal.devalue;

import static dev.qakit.io.internal.devalue.DevalueDecoder.NEGATIVE_ZERO;
import static dev.qakit.io.internal.devalue.SlotTable.K_PRIM;
import static dev.qakit.io.internal.devalue.SlotTable.K_TAGGED;
import static dev.qakit.io.internal.devalue.SlotTable.T_FALSE;
import static dev.qakit.io.internal.devalue.SlotTable.T_INT;
import static dev.qakit.io.internal.devalue.SlotTable.T_NUM;
import static dev.qakit.io.internal.devalue.SlotTable.T_STR;
import static dev.qakit.io.internal.devalue.SlotTable.T_TRUE;

import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.JsArrayBuffer;
import dev.qakit.io.devalue.JsBoxed;
import dev.qakit.io.devalue.JsDataView;
import dev.qakit.io.devalue.JsDate;
import dev.qakit.io.devalue.JsRegExp;
import dev.qakit.io.devalue.JsTemporal;
import dev.qakit.io.devalue.JsTypedArray;
import dev.qakit.io.devalue.JsUrl;
import dev.qakit.io.devalue.JsUrlSearchParams;
import dev.qakit.io.devalue.TemporalKind;
import dev.qakit.io.devalue.TypedArrayKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * devalue's built-in tags whose operands are data rather than references to build: Date,
 * RegExp, BigInt, boxed primitives, URL, URLSearchParams, Temporal, ArrayBuffer, typed arrays
 * and DataView. Each method checks a tag slot's operands as devalue's {@code parse} would and
 * returns the value, or throws a located {@link DecodeFailure}.
 */
final class BuiltInTags {
    private static final Pattern BIGINT = Pattern.compile("-?[0-9]+");
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:\\S*");

    private final GraphBuilder graph;
    private final SlotTable table;
    private final boolean legacy;
    private final DevalueLimits limits;

    BuiltInTags(GraphBuilder graph, SlotTable table, boolean legacy, DevalueLimits limits) {
        this.graph = graph;
        this.table = table;
        this.legacy = legacy;
        this.limits = limits;
    }

    JsDate date(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0 || table.opType[op] != T_STR) {
            throw table.fail("devalue.bad-operand", "a Date needs its ISO text, got " + (n == 0 ? "none" : table.describeOperand(op)), s, n == 0 ? -1 : op);
        }
        // a new instance per slot, invalid ones too: two Date objects are two slots when written again
        String iso = JsDates.normalize(table.str(op));
        return new JsDate(iso);
    }

    JsRegExp regexp(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0 || table.opType[op] != T_STR) {
            throw table.fail("devalue.bad-operand", "a RegExp needs its source text, got " + (n == 0 ? "none" : table.describeOperand(op)), s, n == 0 ? -1 : op);
        }
        if (n >= 2 && table.opType[op + 1] != T_STR) {
            throw table.fail("devalue.bad-operand", "a RegExp's flags must be a string, got " + table.describeOperand(op + 1), s, op + 1);
        }
        String source = table.str(op);
        String flags = n >= 2 ? table.str(op + 1) : "";
        String error = RegExps.check(source, flags);
        if (error != null) {
            throw table.fail("devalue.bad-operand", error, s, op);
        }
        return new JsRegExp(source, flags);
    }

    BigInteger bigint(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0) {
            throw table.fail("devalue.bad-operand", "a BigInt needs its decimal text, got none", s, -1);
        }
        switch (table.opType[op]) {
            case T_STR: {
                String text = table.str(op);
                if (text.length() > limits.maxNumberLength()) {
                    throw table.fail("devalue.size-limit", "the BigInt has more than " + limits.maxNumberLength() + " digits", s, op);
                }
                if (!BIGINT.matcher(text).matches()) {
                    throw table.fail("devalue.bad-operand", "cannot convert '" + text + "' to a BigInt", s, op);
                }
                return new BigInteger(text);
            }
            case T_INT:
                return BigInteger.valueOf(table.opVal[op]);
            case T_NUM: {
                double d = Double.longBitsToDouble(table.opVal[op]);
                // JSON numbers too large for a double (51e999) arrive as infinities, which BigInt() rejects
                if (Double.isFinite(d) && d == Math.rint(d)) {
                    return new BigDecimal(d).toBigInteger();
                }
                throw table.fail("devalue.bad-operand", table.describeOperand(op) + " cannot be converted to a BigInt: it is not an integer", s, op);
            }
            default:
                throw table.fail("devalue.bad-operand", "cannot convert " + table.describeOperand(op) + " to a BigInt", s, op);
        }
    }

    JsBoxed boxed(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0) {
            throw table.fail("devalue.bad-arity", "a boxed primitive needs its value, got none", s, -1);
        }
        switch (table.opType[op]) {
            case T_STR:
                return new JsBoxed(table.str(op));
            case T_TRUE:
                return new JsBoxed(Boolean.TRUE);
            case T_FALSE:
                return new JsBoxed(Boolean.FALSE);
            case T_NUM:
                if (legacy) {
                    return new JsBoxed(Double.longBitsToDouble(table.opVal[op]));
                }
                throw table.fail("devalue.bad-reference", "expected a reference to the boxed value, got " + table.describeOperand(op), s, op);
            case T_INT:
                break;
            default:
                throw table.fail("devalue.bad-operand", "cannot box " + table.describeOperand(op), s, op);
        }
        long v = table.opVal[op];
        if (legacy) {
            return new JsBoxed(v == 0 && table.negativeZeros.get(op) ? NEGATIVE_ZERO : (double) v);
        }
        if (v < 0) {
            if (v <= -3 && v >= -6) {
                return new JsBoxed(graph.special(v, s, op));
            }
            throw table.fail("devalue.bad-operand", "cannot box the special reference " + v, s, op);
        }
        if (v >= table.slotCount) {
            throw table.fail("devalue.bad-reference", "reference " + v + " is out of range: the payload has " + table.slotCount + " slots", s, op);
        }
        int t = (int) v;
        if (t == s) {
            throw table.fail("devalue.bad-operand", "a boxed primitive cannot contain itself", s, op);
        }
        if (table.kind[t] == K_PRIM) {
            Object inner = table.hydrated[t];
            if (inner instanceof String || inner instanceof Double || inner instanceof Boolean) {
                return new JsBoxed(inner);
            }
        } else if (table.kind[t] == K_TAGGED && table.tagOf(t).equals("BigInt")) {
            return new JsBoxed(graph.slot(t, s, op));
        }
        throw table.fail("devalue.bad-operand", "a boxed primitive holds a string, number, boolean or BigInt, not slot " + t, s, op);
    }

    JsArrayBuffer arrayBuffer(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0 || table.opType[op] != T_STR) {
            throw table.fail("devalue.bad-operand", "an ArrayBuffer needs base64 text, got " + (n == 0 ? "none" : table.describeOperand(op)), s, n == 0 ? -1 : op);
        }
        return new JsArrayBuffer(base64(table.str(op), s, op));
    }

    private byte[] base64(String text, int s, int op) {
        if (text.length() % 4 != 0) {
            throw table.fail("devalue.bad-operand", "invalid base64: the length is not a multiple of 4", s, op);
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw table.fail("devalue.bad-operand", "invalid base64: " + e.getMessage(), s, op);
        }
    }

    private JsArrayBuffer bufferOperand(int s, int op, String tag) {
        if (table.opType[op] == T_INT && table.opVal[op] >= 0 && table.opVal[op] < table.slotCount) {
            int t = (int) table.opVal[op];
            if (table.kind[t] == K_TAGGED && table.tagOf(t).equals("ArrayBuffer")) {
                Object v = graph.slot(t, s, op);
                if (v instanceof JsArrayBuffer b) {
                    return b;
                }
            }
        }
        throw table.fail("devalue.bad-reference", "the operand of " + tag + " must refer to an ArrayBuffer slot, got " + table.describeOperand(op), s, op);
    }

    private long nonNegative(int s, int op, String what) {
        if (table.opType[op] != T_INT || table.opVal[op] < 0 || table.opVal[op] > Integer.MAX_VALUE) {
            throw table.fail("devalue.bad-operand", what + " must be a non-negative integer, got " + table.describeOperand(op), s, op);
        }
        return table.opVal[op];
    }

    JsTypedArray typedArray(int s, TypedArrayKind arrayKind, int n) {
        int op = table.opStart[s] + 1;
        String tag = arrayKind.tag();
        int size = arrayKind.bytesPerElement();
        if (n == 0) {
            throw table.fail("devalue.bad-arity", tag + " needs an ArrayBuffer reference, got none", s, -1);
        }
        if (table.opType[op] == T_STR) {
            // devalue 5.1-5.2: the whole buffer inline
            byte[] bytes = base64(table.str(op), s, op);
            if (bytes.length % size != 0) {
                throw table.fail("devalue.bad-operand", "byte length of " + tag + " should be a multiple of " + size, s, op);
            }
            return JsTypedArray.of(arrayKind, new JsArrayBuffer(bytes));
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
                        throw table.fail("devalue.bad-operand", "the element range " + a + ".." + b + " of " + tag + " is reversed", s, op + 2);
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
                    throw table.fail("devalue.bad-operand", "byte length of " + tag + " should be a multiple of " + size, s, op + 1);
                }
                length = (byteLength - byteOffset) / size;
            }
        } else {
            if (byteLength % size != 0) {
                throw table.fail("devalue.bad-operand", "byte length of " + tag + " should be a multiple of " + size, s, op);
            }
            length = byteLength / size;
        }
        if (byteOffset % size != 0) {
            throw table.fail("devalue.bad-operand", "start offset of " + tag + " should be a multiple of " + size, s, op + 1);
        }
        if (byteOffset + length * size > byteLength) {
            throw table.fail("devalue.bad-operand", "invalid typed array length: " + length + " elements from byte " + byteOffset
                    + " do not fit a buffer of " + byteLength + " bytes", s, op + Math.min(n - 1, 2));
        }
        return new JsTypedArray(arrayKind, buffer, (int) byteOffset, (int) length);
    }

    JsDataView dataView(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0) {
            throw table.fail("devalue.bad-arity", "DataView needs an ArrayBuffer reference, got none", s, -1);
        }
        JsArrayBuffer buffer = bufferOperand(s, op, "DataView");
        long byteOffset = n >= 2 ? nonNegative(s, op + 1, "DataView's offset") : 0;
        long byteLength = n >= 3 ? nonNegative(s, op + 2, "DataView's length") : buffer.byteLength() - byteOffset;
        if (byteOffset + byteLength > buffer.byteLength() || byteLength < 0) {
            throw table.fail("devalue.bad-operand", "a DataView of " + byteLength + " bytes from byte " + byteOffset + " does not fit a buffer of "
                    + buffer.byteLength() + " bytes", s, op + Math.min(n - 1, 2));
        }
        return new JsDataView(buffer, (int) byteOffset, (int) byteLength);
    }

    JsUrl url(int s, int n) {
        int op = table.opStart[s] + 1;
        String href = n >= 1 && table.opType[op] == T_STR ? table.str(op) : null;
        if (href == null || !URL.matcher(href).matches()) {
            throw table.fail("devalue.bad-operand", "a URL needs an absolute URL string, got " + (n == 0 ? "none" : table.describeOperand(op)), s, n == 0 ? -1 : op);
        }
        return new JsUrl(href);
    }

    JsUrlSearchParams urlSearchParams(int s, int n) {
        int op = table.opStart[s] + 1;
        if (n >= 1 && table.opType[op] != T_STR) {
            throw table.fail("devalue.bad-operand", "URLSearchParams needs a query string, got " + table.describeOperand(op), s, op);
        }
        return new JsUrlSearchParams(n == 0 ? "" : table.str(op));
    }

    JsTemporal temporal(int s, TemporalKind temporalKind, String tag, int n) {
        int op = table.opStart[s] + 1;
        if (n == 0 || table.opType[op] != T_STR || !Temporals.isValid(temporalKind, table.str(op))) {
            throw table.fail("devalue.bad-operand", "invalid " + tag + " text " + (n == 0 ? "(none)" : table.describeOperand(op)), s, n == 0 ? -1 : op);
        }
        return new JsTemporal(temporalKind, table.str(op));
    }
}
