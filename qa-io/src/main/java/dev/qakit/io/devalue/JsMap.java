package dev.qakit.io.devalue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JavaScript {@code Map}: entries in insertion order, keys of any kind (objects, arrays,
 * {@code NaN}, {@code undefined}), each key at most once.
 *
 * <p>Keys are the same as in JavaScript (SameValueZero): strings, numbers, booleans and BigInts
 * by value ({@code NaN} equals {@code NaN}, {@code -0} equals {@code 0}), everything else by
 * identity. Backed by two parallel lists; nothing is hashed by its contents (decoded values may
 * be cyclic). As in JavaScript, a key {@code -0} is stored as {@code 0}. Mutable, so that a decoder can create the map before its entries (an entry may
 * refer back to it). Not thread-safe. Equality is identity.
 */
public final class JsMap {
    private final ArrayList<Object> keys = new ArrayList<>();
    private final ArrayList<Object> values = new ArrayList<>();
    private final SameValueIndex index = new SameValueIndex();

    /** Creates an empty map. */
    public JsMap() {
    }

    /**
     * Sets the value of a key (JavaScript's {@code map.set}): an existing entry keeps its place
     * and gets the new value, a new key is appended.
     *
     * @param key the key
     * @param value the value
     */
    public void set(Object key, Object value) {
        Object k = SameValueIndex.zero(Objects.requireNonNull(key, "key"));
        Objects.requireNonNull(value, "value");
        int at = index.putIfAbsent(k, keys.size());
        if (at >= 0) {
            values.set(at, value);
            return;
        }
        keys.add(k);
        values.add(value);
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
     * The value of a key (SameValueZero, see the class description).
     *
     * @param key the key to look up
     * @return the value, or null if no entry has that key
     */
    public @Nullable Object get(Object key) {
        int at = index.get(Objects.requireNonNull(key, "key"));
        return at < 0 ? null : values.get(at);
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
