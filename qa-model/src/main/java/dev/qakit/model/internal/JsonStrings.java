package dev.qakit.model.internal;

import java.io.IOException;
import java.util.Objects;

/**
 * JSON string literals, written exactly as JavaScript's {@code JSON.stringify} writes a string
 * (ES2019, well-formed): {@code "} and {@code \} escaped with a backslash; {@code \b \f \n \r \t}
 * in their short forms; every other character below U+0020 and every unpaired surrogate as a
 * {@code \}{@code u} escape with four lowercase hex digits; everything else as it is.
 *
 * <p>The {@code ForScript} variants also escape {@code <}, {@code >}, {@code &}, U+2028 and
 * U+2029 (as {@code \u003c}, {@code \u003e}, {@code \u0026}, {@code \u2028}, {@code \u2029}),
 * so that JSON placed inside an HTML {@code <script>} element can neither close it
 * ({@code </script>}), open a comment ({@code <!--}) nor, in older JavaScript, end a line
 * inside a string. A JSON parser reads both forms to the same string.
 *
 * <p>This is the one JSON string escaper of qakit. Not API.
 */
public final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /**
     * Appends {@code s} as a JSON string literal, quotes included, as {@code JSON.stringify(s)}.
     *
     * @param s the string
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void write(CharSequence s, Appendable out) throws IOException {
        write(s, out, false);
    }

    /**
     * Appends {@code s} as a JSON string literal that is also safe inside an HTML
     * {@code <script>} element (see the class description).
     *
     * @param s the string
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void writeForScript(CharSequence s, Appendable out) throws IOException {
        write(s, out, true);
    }

    /**
     * {@code s} as a JSON string literal, quotes included, as {@code JSON.stringify(s)}.
     *
     * @param s the string
     * @return the literal
     */
    public static String quote(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        try {
            write(s, sb, false);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /**
     * {@code s} as a JSON string literal that is also safe inside an HTML {@code <script>}
     * element.
     *
     * @param s the string
     * @return the literal
     */
    public static String quoteForScript(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        try {
            write(s, sb, true);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    private static void write(CharSequence s, Appendable out, boolean forScript) throws IOException {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(out, "out");
        out.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String shortForm;
            if (c == '"') {
                shortForm = "\\\"";
            } else if (c == '\\') {
                shortForm = "\\\\";
            } else if (c < 0x20) {
                shortForm = switch (c) {
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> null;
                };
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                shortForm = null;
            } else if (Character.isLowSurrogate(c)) {
                shortForm = null;
            } else if (forScript && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')) {
                shortForm = null;
            } else {
                continue;
            }
            out.append(s, start, i);
            if (shortForm != null) {
                out.append(shortForm);
            } else {
                out.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
            start = i + 1;
        }
        out.append(s, start, n).append('"');
    }
}
