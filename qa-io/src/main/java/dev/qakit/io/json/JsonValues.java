package dev.qakit.io.json;

import dev.qakit.model.JsonNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code JSON.stringify} sees of the values the devalue codec decodes: a value with a
 * {@code toJSON} in JavaScript becomes that method's result, Nuxt's reactive wrappers become
 * their value, and objects without enumerable members ({@code Set}, {@code Map},
 * {@code RegExp}) become empty objects.
 */
final class JsonValues {
    /** Marks a member {@code JSON.stringify} leaves out (as it does a function). */
    static final Object OMIT = new Object();

    private JsonValues() {
    }

    /**
     * The value as {@code JSON.stringify} treats it.
     *
     * @param v a decoded value
     * @return a map, collection, string, number, boolean, marker, or {@link #OMIT}
     */
    static Object toJsonValue(Object v) {
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof java.util.Set<?>) {
            return new LinkedHashMap<String, Object>();
        }
        if (v == null) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof Map<?, ?> || v instanceof java.util.Collection<?>) {
            return v;
        }
        return v;
    }
}
