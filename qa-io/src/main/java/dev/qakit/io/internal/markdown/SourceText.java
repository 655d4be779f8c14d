package dev.qakit.io.internal.markdown;

import dev.qakit.io.internal.input.Utf8;
import dev.qakit.model.problem.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A source file's text with line endings normalised to {@code \n} and a leading byte-order mark
 * removed, plus what is needed to turn an offset back into the file's line and column.
 *
 * <p>Normalising keeps line numbers (CRLF and a lone CR each end one line, as LF does) and
 * columns (the CR sat at the end of its line); only the BOM shifts columns, and only on line 1,
 * where it counts as one UTF-16 unit as {@link SourceLocation} specifies.
 *
 * <p>Text decoded from ASCII bytes keeps them ({@link #ascii()}), so that readers can scan bytes
 * instead of calling {@link String#charAt(int)}, a call and a range check per char where only
 * C1 compiles (the launcher's JIT), and search eight bytes at a time.
 */
public final class SourceText {
    private final String source;
    private final String text;
    private final boolean bom;
    private final byte @Nullable [] ascii;
    private final int[] lineStarts;

    private SourceText(String source, String text, boolean bom, byte @Nullable [] ascii) {
        this.source = source;
        this.text = text;
        this.bom = bom;
        this.ascii = ascii;
        this.lineStarts = ascii != null ? lineStarts(ascii) : lineStarts(text);
    }

    /**
     * The offsets at which the lines of a text start; the first is 0. Found with
     * {@link String#indexOf(int, int)}, which is much faster than a loop over the characters
     * before the JIT has compiled that loop, as in most of a short command's run.
     *
     * @param text the text, lines ended by {@code \n}
     * @return the offsets, one per line
     */
    static int[] lineStarts(String text) {
        return lineStarts(from -> text.indexOf('\n', from));
    }

    /** {@link #lineStarts(String)} of ASCII text, from its bytes, eight at a time. */
    private static int[] lineStarts(byte[] text) {
        return lineStarts(from -> Utf8.indexOf(text, (byte) '\n', from, text.length));
    }

    /** The line starts, given where the next line feed at or after an offset is (or -1). */
    private static int[] lineStarts(IntUnaryOperator nextFeed) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = nextFeed.applyAsInt(0); i >= 0; i = nextFeed.applyAsInt(i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * Normalises raw file text.
     *
     * @param source the source name for locations
     * @param raw the text as decoded from the file
     * @return the normalised text
     */
    public static SourceText of(String source, String raw) {
        boolean bom = !raw.isEmpty() && raw.charAt(0) == '\uFEFF';
        String s = bom ? raw.substring(1) : raw;
        if (s.indexOf('\r') >= 0) {
            s = normalised(s);
        }
        return new SourceText(source, s, bom, null);
    }

    /**
     * Normalises raw file text decoded from ASCII bytes, and keeps the bytes of the result.
     *
     * @param source the source name for locations
     * @param raw the text as decoded from the file
     * @param bytes the file's bytes, every one ASCII: char {@code i} of {@code raw} is byte {@code i}
     * @return the normalised text
     */
    public static SourceText ofAscii(String source, String raw, byte[] bytes) {
        if (bytes.length != raw.length()) {
            throw new IllegalArgumentException("the text is not the bytes' ASCII decoding");
        }
        if (Utf8.indexOf(bytes, (byte) '\r', 0, bytes.length) < 0) {
            return new SourceText(source, raw, false, bytes);
        }
        String s = normalised(raw);
        return new SourceText(source, s, false, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String normalised(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** @return the source name */
    public String source() {
        return source;
    }

    /** @return the normalised text (no BOM, LF line ends) */
    public String text() {
        return text;
    }

    /**
     * The normalised text's bytes when it is ASCII: byte {@code i} is char {@code i} of
     * {@link #text()}. Shared, not copied: not to be written.
     *
     * @return the bytes, or null when the text was not made from ASCII bytes
     */
    public byte @Nullable [] ascii() {
        return ascii;
    }

    /** @return whether the file started with a byte-order mark */
    public boolean hasBom() {
        return bom;
    }

    /** @return the number of lines */
    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * The offset at which a 1-based line starts.
     *
     * @param line the line
     * @return the offset into {@link #text()}
     */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /**
     * The file location of an offset into {@link #text()}.
     *
     * @param offset the offset
     * @return the location (1-based line and UTF-16 column)
     */
    public SourceLocation locate(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return at(line + 1, offset - lineStarts[line] + 1);
    }

    /**
     * A file location from a line and a column counted in the normalised text.
     *
     * @param line 1-based line
     * @param column 1-based UTF-16 column in the normalised text
     * @return the location, with the BOM counted on line 1
     */
    public SourceLocation at(int line, int column) {
        return SourceLocation.at(source, line, line == 1 && bom ? column + 1 : column);
    }
}
