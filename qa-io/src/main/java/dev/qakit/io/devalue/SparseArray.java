package dev.qakit.io.devalue;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A JavaScript array with at least one hole: a length and the elements present, by index.
 *
 * <p>A hole is an index with no element, which is not the same as an element holding
 * {@code undefined} ({@link dev.qakit.model.Undefined#INSTANCE}). Storage grows with the
 * number of present elements, never with the length: a payload of a few bytes may declare
 * a length of 2<sup>32</sup>−1.
 *
 * <p>Mutable, so that a decoder can create it before its elements (an element may refer back
 * to the array). Not thread-safe. Equality is identity.
 */
public final class SparseArray {
    /** The largest length a JavaScript array can have, 2<sup>32</sup>−1. */
    public static final long MAX_LENGTH = 4_294_967_295L;

    private final long length;
    private final TreeMap<Long, Object> entries = new TreeMap<>();

    /**
     * Creates an array of the given length with no elements (all holes).
     *
     * @param length the length, 0 to {@link #MAX_LENGTH}
     * @throws IllegalArgumentException if the length is out of range
     */
    public SparseArray(long length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("length must be in [0, " + MAX_LENGTH + "], got " + length);
        }
        this.length = length;
    }

    /**
     * The array's length (one more than the highest index that may hold an element).
     *
     * @return the length
     */
    public long length() {
        return length;
    }

    /**
     * How many elements are present (the length minus the holes).
     *
     * @return the count of present elements
     */
    public int presentCount() {
        return entries.size();
    }

    /**
     * Sets the element at an index (filling a hole or replacing an element).
     *
     * @param index the index, below {@link #length()}
     * @param value the value ({@link dev.qakit.model.Undefined#INSTANCE} for undefined)
     * @throws IllegalArgumentException if the index is out of range
     */
    public void set(long index, Object value) {
        if (index < 0 || index >= length) {
            throw new IllegalArgumentException("index must be in [0, " + length + "), got " + index);
        }
        entries.put(index, Objects.requireNonNull(value, "value"));
    }

    /**
     * The element at an index.
     *
     * @param index the index
     * @return the element, or null for a hole (or an index out of range)
     */
    public @Nullable Object get(long index) {
        return entries.get(index);
    }

    /**
     * Whether an index holds an element.
     *
     * @param index the index
     * @return true if present, false for a hole
     */
    public boolean has(long index) {
        return entries.containsKey(index);
    }

    /**
     * The present elements in ascending index order.
     *
     * @return an unmodifiable live view, keyed by index
     */
    public NavigableMap<Long, Object> entries() {
        return Collections.unmodifiableNavigableMap(entries);
    }

    /**
     * The length and the number of present elements, never the elements (they may be cyclic).
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "SparseArray[length=" + length + ", present=" + entries.size() + "]";
    }

    /**
     * Creates a sparse array holding the given entries (a convenience for building graphs to
     * encode).
     *
     * @param length the length
     * @param entries the present elements by index
     * @return the array
     * @throws IllegalArgumentException if the length or an index is out of range
     */
    public static SparseArray of(long length, Map<Long, ?> entries) {
        SparseArray array = new SparseArray(length);
        entries.forEach(array::set);
        return array;
    }
}
