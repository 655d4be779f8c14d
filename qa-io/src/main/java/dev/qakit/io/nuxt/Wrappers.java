package dev.qakit.io.nuxt;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Removes Nuxt's reactive wrappers from decoded values. */
final class Wrappers {
    private Wrappers() {
    }

    static Object unwrapShallow(Object v) {
        return v;
    }

    static Object unwrapDeep(Object v) {
        return v;
    }

    static @Nullable List<Object> setMembers(Object v) {
        return v instanceof java.util.Collection<?> c ? List.copyOf(c) : null;
    }
}
