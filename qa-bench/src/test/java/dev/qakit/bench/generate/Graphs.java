package dev.qakit.bench.generate;

import java.util.List;
import java.util.Map;

/** Typed views of untyped graph values, for assertions. */
final class Graphs {
    private Graphs() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
