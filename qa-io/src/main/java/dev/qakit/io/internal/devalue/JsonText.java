package dev.qakit.io.internal.devalue;

/** Writes JSON string literals. */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /**
     * Appends a quoted JSON string. Always escapes {@code "}, {@code \}, C0 controls (short forms
     * where JSON has them), U+2028, U+2029 and unpaired surrogates; with {@code forScript} also
     * {@code <} (as devalue does, so the text can sit in a {@code <script>} element).
     *
     * @param s the string
     * @param sb where to append
     * @param forScript whether to escape {@code <}
     */
    public static void appendString(String s, StringBuilder sb, boolean forScript) {
        sb.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c < 0x20 || c == '"' || c == '\\') {
                switch (c) {
                    case '"': rep = "\\\""; break;
                    case '\\': rep = "\\\\"; break;
                    case '\b': rep = "\\b"; break;
                    case '\f': rep = "\\f"; break;
                    case '\n': rep = "\\n"; break;
                    case '\r': rep = "\\r"; break;
                    case '\t': rep = "\\t"; break;
                    default: rep = null; break;
                }
                if (rep == null) {
                    sb.append(s, start, i);
                    unicodeEscape(c, sb);
                    start = i + 1;
                    continue;
                }
            } else if (c == '<') {
                if (!forScript) {
                    continue;
                }
                rep = "\\u003C";
            } else if (c == '\u2028') {
                rep = "\\u2028";
            } else if (c == '\u2029') {
                rep = "\\u2029";
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                sb.append(s, start, i);
                unicodeEscape(c, sb);
                start = i + 1;
                continue;
            } else {
                continue;
            }
            sb.append(s, start, i).append(rep);
            start = i + 1;
        }
        sb.append(s, start, n).append('"');
    }

    /**
     * A JSON reader's message without its notes about the source ({@code [Source: ...]}), on one line.
     *
     * @param message the message
     * @return the cleaned message
     */
    public static String cleanJacksonMessage(String message) {
        String m = message;
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        m = m.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "");
        m = m.replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        return m.strip();
    }

    private static void unicodeEscape(char c, StringBuilder sb) {
        sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
