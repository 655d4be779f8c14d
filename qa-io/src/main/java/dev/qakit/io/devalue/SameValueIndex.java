package dev.qakit.io.devalue;

import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;

/** Positions of values under JavaScript's SameValueZero: primitives by value, everything else by identity. */
final class SameValueIndex {
    private static final Double ZERO = 0.0;

    private final HashMap<Object, Integer> primitives = new HashMap<>();
    private final IdentityHashMap<Object, Integer> objects = new IdentityHashMap<>();

    /** The position of {@code value}, or -1 after recording {@code position} for it. */
    int putIfAbsent(Object value, int position) {
        Integer old = isPrimitive(value) ? primitives.putIfAbsent(normal(value), position) : objects.putIfAbsent(value, position);
        return old == null ? -1 : old;
    }

    /** The position of {@code value}, or -1. */
    int get(Object value) {
        Integer at = isPrimitive(value) ? primitives.get(normal(value)) : objects.get(value);
        return at == null ? -1 : at;
    }

    private static boolean isPrimitive(Object v) {
        return v instanceof String || v instanceof Double || v instanceof Boolean || v instanceof BigInteger
                || v == JsonNull.INSTANCE || v == Undefined.INSTANCE;
    }

    /** {@code v}, with {@code -0} turned into {@code 0} (as JavaScript's Set and Map store it). */
    static Object zero(Object v) {
        return v instanceof Double d && d == 0 ? ZERO : v;
    }

    private static Object normal(Object v) {
        return v instanceof Double d && d == 0 ? ZERO : v;
    }
}
