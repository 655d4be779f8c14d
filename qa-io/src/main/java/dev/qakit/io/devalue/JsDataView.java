package dev.qakit.io.devalue;

import java.util.Arrays;
import java.util.Objects;

/**
 * A JavaScript {@code DataView}: {@code byteLength} bytes of a {@link JsArrayBuffer} from
 * {@code byteOffset} (devalue 5.7.0+). Immutable itself (the buffer's bytes are not).
 *
 * @param buffer the buffer viewed
 * @param byteOffset where the view starts
 * @param byteLength the number of bytes viewed
 */
public record JsDataView(JsArrayBuffer buffer, int byteOffset, int byteLength) {
    /**
     * Checks that the view fits its buffer.
     *
     * @param buffer the buffer viewed
     * @param byteOffset where the view starts
     * @param byteLength the number of bytes viewed
     */
    public JsDataView {
        Objects.requireNonNull(buffer, "buffer");
        if (byteOffset < 0 || byteLength < 0 || (long) byteOffset + byteLength > buffer.byteLength()) {
            throw new IllegalArgumentException("a view of " + byteLength + " bytes at byte " + byteOffset
                    + " does not fit a buffer of " + buffer.byteLength() + " bytes");
        }
    }

    /**
     * Whether the view covers its whole buffer.
     *
     * @return true if it starts at 0 and ends at the buffer's end
     */
    public boolean coversBuffer() {
        return byteOffset == 0 && byteLength == buffer.byteLength();
    }

    /**
     * A copy of the bytes the view covers.
     *
     * @return a new array
     */
    public byte[] bytes() {
        return Arrays.copyOfRange(buffer.bytes(), byteOffset, byteOffset + byteLength);
    }
}
