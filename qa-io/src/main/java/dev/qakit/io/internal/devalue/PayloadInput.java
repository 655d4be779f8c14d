package dev.qakit.io.internal.devalue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input held in memory, as text or UTF-8 bytes, kept so that problem locations can be
 * computed after the fact.
 */
public final class PayloadInput {
    final @Nullable String text;
    final byte @Nullable [] bytes;

    private PayloadInput(@Nullable String text, byte @Nullable [] bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /**
     * Text input.
     *
     * @param text the text
     * @return the input
     */
    public static PayloadInput of(String text) {
        return new PayloadInput(text, null);
    }

    /**
     * UTF-8 input.
     *
     * @param bytes the bytes (not copied, not modified)
     * @return the input
     */
    public static PayloadInput of(byte[] bytes) {
        return new PayloadInput(null, bytes);
    }

    /**
     * Reads a reader to its end, without closing it.
     *
     * @param reader the reader
     * @param maxChars the most characters to accept
     * @return the input, or null if it is longer than {@code maxChars}
     * @throws IOException if reading fails
     */
    public static @Nullable PayloadInput read(Reader reader, long maxChars) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = reader.read(buf)) >= 0) {
            sb.append(buf, 0, n);
            if (sb.length() > maxChars) {
                return null;
            }
        }
        return of(sb.toString());
    }

    /**
     * Reads a stream to its end, without closing it.
     *
     * @param in the stream
     * @param maxBytes the most bytes to accept
     * @return the input, or null if it is longer than {@code maxBytes}
     * @throws IOException if reading fails
     */
    public static @Nullable PayloadInput read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) {
                return null;
            }
        }
        return of(out.toByteArray());
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param maxBytes the most bytes to accept
     * @return the input, or null if the file is larger than {@code maxBytes}
     * @throws IOException if reading fails
     */
    public static @Nullable PayloadInput read(Path file, long maxBytes) throws IOException {
        if (Files.size(file) > maxBytes) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, maxBytes);
        }
    }

    /**
     * The 1-based line and column (UTF-16 code units) of an offset, packed as
     * {@code line << 32 | column}.
     *
     * @param offset a char offset (text input) or byte offset (UTF-8 input)
     * @return the packed position
     */
    long position(long offset) {
        int line = 1;
        int col = 1;
        if (text != null) {
            int end = (int) Math.min(offset, text.length());
            for (int i = 0; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                    col = 1;
                } else if (c != '\r') {
                    col++;
                }
            }
        } else if (bytes != null) {
            int end = (int) Math.min(offset, bytes.length);
            for (int i = 0; i < end; i++) {
                int b = bytes[i] & 0xFF;
                if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    col = 1;
                } else if (b == '\r' || (b & 0xC0) == 0x80) {
                    continue;
                } else if (b >= 0xF0) {
                    col += 2;
                } else {
                    col++;
                }
            }
        }
        return ((long) line << 32) | col;
    }

    /**
     * The length of the input in chars or bytes.
     *
     * @return the length
     */
    long length() {
        return text != null ? text.length() : bytes != null ? bytes.length : 0;
    }
}
