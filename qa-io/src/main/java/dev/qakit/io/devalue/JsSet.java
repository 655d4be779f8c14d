package dev.qakit.io.devalue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A JavaScript {@code Set}: its members in insertion order, each at most once.
 *
 * <p>Members are the same as in JavaScript (SameValueZero): strings, numbers, booleans and
 * BigInts by value ({@code NaN} equals {@code NaN}, {@code -0} equals {@code 0}), everything else
 * (containers, dates, boxes, ...) by identity. Decoded values may be cyclic, so nothing is
 * hashed by its contents. As in JavaScript, {@code -0} is stored as {@code 0}. Mutable, so that a decoder can create the set before its members (a
 * member may refer back to it). Not thread-safe. Equality is identity.
 */
public final class JsSet {
    private final ArrayList<Object> values = new ArrayList<>();
    private final SameValueIndex index = new SameValueIndex();

    /** Creates an empty set. */
    public JsSet() {
    }

    /**
     * Creates a set holding the given members, in order, without repeats.
     *
     * @param values the members
     */
    public JsSet(List<?> values) {
        values.forEach(this::add);
    }

    /**
     * Adds a member at the end, unless it is already a member (JavaScript's {@code set.add}).
     *
     * @param value the member
     * @return true if it was added, false if it was already a member
     */
    public boolean add(Object value) {
        Object v = SameValueIndex.zero(Objects.requireNonNull(value, "value"));
        if (index.putIfAbsent(v, values.size()) >= 0) {
            return false;
        }
        values.add(v);
        return true;
    }

    /**
     * Whether a value is a member (SameValueZero, see the class description).
     *
     * @param value the value
     * @return true if it is a member
     */
    public boolean has(Object value) {
        return index.get(Objects.requireNonNull(value, "value")) >= 0;
    }

    /**
     * The members in insertion order.
     *
     * @return an unmodifiable live view
     */
    public List<Object> values() {
        return Collections.unmodifiableList(values);
    }

    /**
     * The number of members.
     *
     * @return the size
     */
    public int size() {
        return values.size();
    }

    /**
     * The size, never the members (they may be cyclic).
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "JsSet[size=" + values.size() + "]";
    }
}
