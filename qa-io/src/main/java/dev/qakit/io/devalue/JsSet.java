package dev.qakit.io.devalue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A JavaScript {@code Set}: its members in insertion order.
 *
 * <p>Backed by a list, never by hashing: members are decoded graph values, which may be cyclic
 * and whose equality is identity. The decoder keeps the members as the payload lists them
 * (devalue never writes a member twice). Mutable, so that a decoder can create the set before
 * its members (a member may refer back to it). Not thread-safe. Equality is identity.
 */
public final class JsSet {
    private final ArrayList<Object> values;

    /** Creates an empty set. */
    public JsSet() {
        this.values = new ArrayList<>();
    }

    /**
     * Creates a set holding the given members, in order.
     *
     * @param values the members
     */
    public JsSet(List<?> values) {
        this.values = new ArrayList<>(values);
        this.values.forEach(v -> Objects.requireNonNull(v, "values element"));
    }

    /**
     * Appends a member.
     *
     * @param value the member
     */
    public void add(Object value) {
        values.add(Objects.requireNonNull(value, "value"));
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
