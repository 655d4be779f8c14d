package dev.qakit.model.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Ordered, unmodifiable copies of maps ({@link Map#copyOf} loses the order). Not API. */
public final class OrderedMaps {
    private OrderedMaps() {
    }

    /**
     * Returns an unmodifiable copy of {@code map} that keeps its iteration order.
     *
     * @param map the map to copy
     * @param name the component name, for the exception message
     * @param <K> key type
     * @param <V> value type
     * @return the copy; the argument itself when it already is such a copy
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map, String name) {
        Objects.requireNonNull(map, name);
        if (map instanceof Frozen) {
            return map;
        }
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(Math.max(4, (int) (map.size() / 0.75f) + 1));
        for (Map.Entry<K, V> e : map.entrySet()) {
            K key = Objects.requireNonNull(e.getKey(), () -> name + " must not contain a null key");
            V value = Objects.requireNonNull(e.getValue(), () -> name + " must not contain a null value (key '" + key + "')");
            copy.put(key, value);
        }
        return new Frozen<>(copy);
    }

    /** Marker for maps this class already copied, so that records can share them. */
    private static final class Frozen<K, V> extends java.util.AbstractMap<K, V> {
        private final Map<K, V> delegate;

        Frozen(LinkedHashMap<K, V> delegate) {
            this.delegate = Collections.unmodifiableMap(delegate);
        }

        @Override
        public java.util.Set<Map.Entry<K, V>> entrySet() {
            return delegate.entrySet();
        }

        @Override
        public V get(Object key) {
            return delegate.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return delegate.containsKey(key);
        }

        @Override
        public int size() {
            return delegate.size();
        }
    }
}
