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
    private static final String[] FORMS = forms(false);
    private static final String[] SCRIPT_FORMS = forms(true);

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
        if (out instanceof StringBuilder sb) {
            writeRuns(s, sb, forScript);
        } else {
            StringBuilder sb = new StringBuilder(s.length() + 16);
            writeRuns(s, sb, forScript);
            out.append(sb);
        }
    }

    /**
     * The one escaping loop: the runs between the characters escaped are appended as ranges of
     * {@code s}, which a {@code StringBuilder} copies from a Latin-1 string as one array copy (a
     * {@code char[]} range it checks and narrows char by char). Other appendables get the
     * literal in one append.
     */
    private static void writeRuns(CharSequence s, StringBuilder out, boolean forScript) {
        String[] forms = forScript ? SCRIPT_FORMS : FORMS;
        int n = s.length();
        out.append('"');
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String form;
            if (c < 0x80) {
                form = forms[c];
                if (form == null) {
                    continue;
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                form = null;
            } else if (forScript && (c == '\u2028' || c == '\u2029')) {
                form = null;
            } else {
                continue;
            }
            out.append(s, start, i);
            if (form != null) {
                out.append(form);
            } else {
                out.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
            start = i + 1;
        }
        out.append(s, start, n).append('"');
    }

    /** How each ASCII character is written when not as it is, or null. */
    private static String[] forms(boolean forScript) {
        String[] forms = new String[0x80];
        for (char c = 0; c < 0x20; c++) {
            forms[c] = "\\u00" + HEX[c >> 4] + HEX[c & 0xF];
        }
        forms['\b'] = "\\b";
        forms['\f'] = "\\f";
        forms['\n'] = "\\n";
        forms['\r'] = "\\r";
        forms['\t'] = "\\t";
        forms['"'] = "\\\"";
        forms['\\'] = "\\\\";
        if (forScript) {
            forms['<'] = "\\u003c";
            forms['>'] = "\\u003e";
            forms['&'] = "\\u0026";
        }
        return forms;
    }
}
