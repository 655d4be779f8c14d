package dev.qakit.io.internal.markdown;

import dev.qakit.model.problem.SourceLocation;
import java.util.Arrays;

/**
 * A source file's text with line endings normalised to {@code \n} and a leading byte-order mark
 * removed, plus what is needed to turn an offset back into the file's line and column.
 *
 * <p>Normalising keeps line numbers (CRLF and a lone CR each end one line, as LF does) and
 * columns (the CR sat at the end of its line); only the BOM shifts columns, and only on line 1,
 * where it counts as one UTF-16 unit as {@link SourceLocation} specifies.
 */
public final class SourceText {
    private final String source;
    private final String text;
    private final boolean bom;
    private final int[] lineStarts;

    private SourceText(String source, String text, boolean bom) {
        this.source = source;
        this.text = text;
        this.bom = bom;
        this.lineStarts = lineStarts(text);
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
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
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
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new SourceText(source, s, bom);
    }

    /** @return the source name */
    public String source() {
        return source;
    }

    /** @return the normalised text (no BOM, LF line ends) */
    public String text() {
        return text;
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
