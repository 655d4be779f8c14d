package dev.qakit.io.internal.devalue;

import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.util.List;
import java.util.Map;

/** Short descriptions of graph values for messages (never their contents: they may be cyclic). */
public final class Values {
    private Values() {
    }

    /**
     * What kind of value this is, in JavaScript terms.
     *
     * @param v a graph value
     * @return a short description such as {@code a string}, {@code an array}
     */
    public static String describe(Object v) {
        if (v == JsonNull.INSTANCE) {
            return "null";
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof List<?>) {
            return "an array";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        return "a " + v.getClass().getSimpleName();
    }
}
