package dev.qakit.io.devalue;

import java.util.Base64;
import java.util.Objects;

/**
 * A JavaScript {@code ArrayBuffer}: a fixed-length run of bytes that typed arrays and data views
 * look at. Views decoded from one buffer slot share one instance, as in JavaScript.
 *
 * <p>The bytes are not copied: {@link #bytes()} is the live array, mutable like a JavaScript
 * buffer. Not thread-safe when mutated. Equality is identity.
 */
public final class JsArrayBuffer {
    private final byte[] bytes;

    /**
     * Wraps bytes (without copying them).
     *
     * @param bytes the buffer's bytes
     */
    public JsArrayBuffer(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * The live bytes.
     *
     * @return the array backing this buffer
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * The length in bytes.
     *
     * @return the byte length
     */
    public int byteLength() {
        return bytes.length;
    }

    /**
     * The bytes in standard, padded base64 (devalue's form).
     *
     * @return the base64 text
     */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The byte length.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "JsArrayBuffer[" + bytes.length + " bytes]";
    }
}
