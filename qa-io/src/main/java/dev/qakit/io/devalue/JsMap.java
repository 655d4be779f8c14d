package dev.qakit.io.devalue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JavaScript {@code Map}: entries in insertion order, keys of any kind (objects, arrays,
 * {@code NaN}, {@code undefined}).
 *
 * <p>Backed by two parallel lists, never by hashing: keys and values are decoded graph values,
 * which may be cyclic and whose equality is identity. The decoder keeps the entries as the
 * payload lists them. Mutable, so that a decoder can create the map before its entries (an
 * entry may refer back to it). Not thread-safe. Equality is identity.
 */
public final class JsMap {
    private final ArrayList<Object> keys = new ArrayList<>();
    private final ArrayList<Object> values = new ArrayList<>();

    /** Creates an empty map. */
    public JsMap() {
    }

    /**
     * Appends an entry.
     *
     * @param key the key
     * @param value the value
     */
    public void add(Object key, Object value) {
        keys.add(Objects.requireNonNull(key, "key"));
        values.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * The keys, in insertion order.
     *
     * @return an unmodifiable live view
     */
    public List<Object> keys() {
        return Collections.unmodifiableList(keys);
    }

    /**
     * The values, in insertion order (the value of {@code keys().get(i)} is {@code values().get(i)}).
     *
     * @return an unmodifiable live view
     */
    public List<Object> values() {
        return Collections.unmodifiableList(values);
    }

    /**
     * The number of entries.
     *
     * @return the size
     */
    public int size() {
        return keys.size();
    }

    /**
     * The value of the last entry whose key is the same as {@code key}: by identity for graph
     * containers, by value for strings, numbers, booleans and BigInts, with JavaScript's
     * SameValueZero ({@code NaN} matches {@code NaN}, {@code -0} matches {@code 0}). A linear
     * scan.
     *
     * @param key the key to look up
     * @return the value, or null if no entry has that key
     */
    public @Nullable Object get(Object key) {
        Objects.requireNonNull(key, "key");
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (sameValueZero(keys.get(i), key)) {
                return values.get(i);
            }
        }
        return null;
    }

    static boolean sameValueZero(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue() || (x.isNaN() && y.isNaN());
        }
        if (a instanceof String || a instanceof Boolean || a instanceof java.math.BigInteger) {
            return a.equals(b);
        }
        return false;
    }

    /**
     * The size, never the entries (they may be cyclic).
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "JsMap[size=" + keys.size() + "]";
    }
}
