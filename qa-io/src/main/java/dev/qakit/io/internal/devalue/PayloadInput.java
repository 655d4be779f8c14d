package dev.qakit.io.internal.devalue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input held in memory as text, kept so that problem locations can be computed after the
 * fact. Every form of input (text, bytes, stream, reader, file) becomes this text first, so the
 * decoder has a single path: bytes are UTF-8, decoded as a browser's {@code fetch().text()} and
 * Node's {@code Buffer.toString()} decode them (a malformed sequence becomes U+FFFD), so that
 * escaped lone surrogates and everything else read the same whatever the input's form.
 */
public final class PayloadInput {
    final String text;

    private PayloadInput(String text) {
        this.text = text;
    }

    /**
     * Text input.
     *
     * @param text the text
     * @return the input
     */
    public static PayloadInput of(String text) {
        return new PayloadInput(text);
    }

    /**
     * UTF-8 input.
     *
     * @param bytes the bytes (not modified)
     * @return the input
     */
    public static PayloadInput of(byte[] bytes) {
        return new PayloadInput(new String(bytes, StandardCharsets.UTF_8));
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
     * @param offset a char offset
     * @return the packed position
     */
    long position(long offset) {
        int line = 1;
        int col = 1;
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
        return ((long) line << 32) | col;
    }

    /**
     * The length of the input in chars.
     *
     * @return the length
     */
    long length() {
        return text.length();
    }
}
