package dev.qakit.io.nuxt;

import dev.qakit.io.devalue.JsSet;
import dev.qakit.io.devalue.NuxtTags;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Removes Nuxt's reactive wrappers ({@code ShallowReactive}, {@code Reactive}, {@code Ref},
 * {@code ShallowRef}, {@code EmptyRef}, {@code EmptyShallowRef}; {@code skipHydrate} becomes
 * {@code undefined}) from decoded values, as Nuxt's client sees them once revived.
 */
final class Wrappers {
    private static final int MAX_DEPTH = 1000;

    private Wrappers() {
    }

    /**
     * The value with the wrappers around it removed.
     *
     * @param v a decoded value
     * @return the value inside
     */
    static Object unwrapShallow(Object v) {
        return NuxtTags.unwrap(v);
    }

    /**
     * A copy of the value with every wrapper inside plain objects and arrays removed; shared
     * and cyclic parts stay shared and cyclic. Other values (sets, maps, custom tags) are kept
     * as they are. Deeper than 1000 levels the value is kept as it is.
     *
     * @param v a decoded value
     * @return the unwrapped value
     */
    static Object unwrapDeep(Object v) {
        // Most entries hold no wrapper below their top: then the value is returned as it is, uncopied.
        Object top = NuxtTags.unwrap(v);
        if (top == v && !new Scan().hasWrapperBelow(v, 0)) {
            return v;
        }
        return new Copier().copy(v, 0);
    }

    /**
     * The members of a decoded {@code Set}.
     *
     * @param v the value
     * @return the members, or null when the value is not a set
     */
    static @Nullable List<Object> setMembers(Object v) {
        return v instanceof JsSet s ? List.copyOf(s.values()) : null;
    }

    /** One search for a wrapper inside plain objects and arrays: the containers seen so far, by identity. */
    private static final class Scan {
        private final Map<Object, Boolean> seen = new IdentityHashMap<>();

        /** Whether a member of {@code v} (a container at {@code depth}), or of a container inside it, is a wrapper. */
        boolean hasWrapperBelow(Object v, int depth) {
            if (depth > MAX_DEPTH || !(v instanceof Map || v instanceof List) || seen.put(v, Boolean.TRUE) != null) {
                return false;
            }
            Iterable<?> members = v instanceof Map<?, ?> m ? m.values() : (List<?>) v;
            for (Object o : members) {
                if (NuxtTags.unwrap(o) != o || hasWrapperBelow(o, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One deep copy: the copies made so far, by identity. */
    private static final class Copier {
        private final Map<Object, Object> done = new IdentityHashMap<>();

        Object copy(Object value, int depth) {
            Object v = NuxtTags.unwrap(value);
            if (depth > MAX_DEPTH || !(v instanceof Map || v instanceof List)) {
                return v;
            }
            Object seen = done.get(v);
            if (seen != null) {
                return seen;
            }
            if (v instanceof Map<?, ?> m) {
                Map<Object, Object> out = new LinkedHashMap<>();
                done.put(v, out);
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(e.getKey(), copy(e.getValue(), depth + 1));
                }
                return out;
            }
            List<?> l = (List<?>) v;
            List<Object> out = new ArrayList<>(l.size());
            done.put(v, out);
            for (Object o : l) {
                out.add(copy(o, depth + 1));
            }
            return out;
        }
    }
}
