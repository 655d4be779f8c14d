package dev.qakit.io.devalue;

import dev.qakit.io.internal.devalue.TypedArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JavaScript typed array: a view of {@code length} elements of one {@link TypedArrayKind} on
 * a {@link JsArrayBuffer}, starting at {@code byteOffset}. Elements are little-endian, as on
 * every platform devalue runs on. Views on one buffer share it. Immutable itself (the buffer's
 * bytes are not).
 *
 * @param kind the element kind
 * @param buffer the buffer viewed
 * @param byteOffset where the view starts, a multiple of the element size
 * @param length the number of elements
 */
public record JsTypedArray(TypedArrayKind kind, JsArrayBuffer buffer, int byteOffset, int length) {
    /**
     * Checks that the view fits its buffer and is aligned.
     *
     * @param kind the element kind
     * @param buffer the buffer viewed
     * @param byteOffset where the view starts
     * @param length the number of elements
     */
    public JsTypedArray {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(buffer, "buffer");
        int size = kind.bytesPerElement();
        if (byteOffset < 0 || byteOffset % size != 0) {
            throw new IllegalArgumentException("byteOffset must be a non-negative multiple of " + size + ", got " + byteOffset);
        }
        if (length < 0 || (long) byteOffset + (long) length * size > buffer.byteLength()) {
            throw new IllegalArgumentException("a view of " + length + " elements at byte " + byteOffset
                    + " does not fit a buffer of " + buffer.byteLength() + " bytes");
        }
    }

    /**
     * A view of the whole buffer.
     *
     * @param kind the element kind
     * @param buffer the buffer; its length must be a multiple of the element size
     * @return the view
     */
    public static JsTypedArray of(TypedArrayKind kind, JsArrayBuffer buffer) {
        if (buffer.byteLength() % kind.bytesPerElement() != 0) {
            throw new IllegalArgumentException("a buffer of " + buffer.byteLength() + " bytes is not a whole number of "
                    + kind.tag() + " elements");
        }
        return new JsTypedArray(kind, buffer, 0, buffer.byteLength() / kind.bytesPerElement());
    }

    /**
     * The length of the view in bytes.
     *
     * @return {@code length * kind.bytesPerElement()}
     */
    public int byteLength() {
        return length * kind.bytesPerElement();
    }

    /**
     * Whether the view covers its whole buffer.
     *
     * @return true if it starts at 0 and ends at the buffer's end
     */
    public boolean coversBuffer() {
        return byteOffset == 0 && byteLength() == buffer.byteLength();
    }

    /**
     * One element: a {@link Double} (NaN, ±Infinity and -0 included, for the float kinds) or, for
     * the BigInt kinds, a {@link java.math.BigInteger}.
     *
     * @param index the element index
     * @return the element
     * @throws IndexOutOfBoundsException if the index is outside the view
     */
    public Object get(int index) {
        Objects.checkIndex(index, length);
        return TypedArrays.read(kind, buffer.bytes(), byteOffset + index * kind.bytesPerElement());
    }

    /**
     * Every element, in order (see {@link #get(int)}).
     *
     * @return a new list
     */
    public List<Object> values() {
        List<Object> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add(get(i));
        }
        return out;
    }
}
