package dev.qakit.model.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Arrays;
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
            return;
        }
        int n = s.length();
        int first = 0;
        while (first < n && !escaped(s, first, forScript)) {
            first++;
        }
        if (first == n) {
            // nothing to escape: one bulk append
            out.append('"').append(s).append('"');
            return;
        }
        char[] src = new char[n];
        getChars(s, n, src);
        String[] shortForms = forScript ? SCRIPT_FORMS : FORMS;
        char[] dst = new char[n + (n >> 2) + 16];
        dst[0] = '"';
        System.arraycopy(src, 0, dst, 1, first);
        int j = first + 1;
        for (int i = first; i < n; i++) {
            if (dst.length - j < 7) {
                dst = Arrays.copyOf(dst, dst.length + (dst.length >> 1) + 7);
            }
            char c = src[i];
            String shortForm;
            if (c < 0x80) {
                shortForm = shortForms[c];
                if (shortForm == null) {
                    dst[j++] = c;
                    continue;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
                dst[j++] = c;
                dst[j++] = src[++i];
                continue;
            } else if (Character.isSurrogate(c) || forScript && (c == '\u2028' || c == '\u2029')) {
                shortForm = null;
            } else {
                dst[j++] = c;
                continue;
            }
            if (shortForm != null) {
                shortForm.getChars(0, shortForm.length(), dst, j);
                j += shortForm.length();
            } else {
                dst[j++] = '\\';
                dst[j++] = 'u';
                dst[j++] = HEX[c >> 12 & 0xF];
                dst[j++] = HEX[c >> 8 & 0xF];
                dst[j++] = HEX[c >> 4 & 0xF];
                dst[j++] = HEX[c & 0xF];
            }
        }
        if (j == dst.length) {
            dst = Arrays.copyOf(dst, j + 1);
        }
        dst[j++] = '"';
        if (out instanceof StringBuilder sb) {
            sb.append(dst, 0, j);
        } else if (out instanceof Writer w) {
            w.write(dst, 0, j);
        } else {
            out.append(CharBuffer.wrap(dst, 0, j));
        }
    }

    /**
     * Into a {@code StringBuilder}: the runs between the characters escaped are appended as
     * ranges of {@code s}. A Latin-1 string's range is one array copy there, where a
     * {@code char[]} range is checked and narrowed char by char (the path other appendables take,
     * for which a range of a string would be a new string).
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

    /** Whether the character at {@code i} is written other than as it is. */
    private static boolean escaped(CharSequence s, int i, boolean forScript) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return (forScript ? SCRIPT_FORMS : FORMS)[c] != null;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            // paired when the character before is a high surrogate (the scan passed over it)
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return forScript && (c == '\u2028' || c == '\u2029');
    }

    private static void getChars(CharSequence s, int n, char[] dst) {
        if (s instanceof String str) {
            str.getChars(0, n, dst, 0);
        } else if (s instanceof StringBuilder sb) {
            sb.getChars(0, n, dst, 0);
        } else {
            for (int i = 0; i < n; i++) {
                dst[i] = s.charAt(i);
            }
        }
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
