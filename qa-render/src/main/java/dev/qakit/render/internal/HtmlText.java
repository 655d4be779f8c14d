package dev.qakit.render.internal;

import java.io.IOException;

/** HTML escaping for text and attribute values. */
public final class HtmlText {
    private HtmlText() {
    }

    /**
     * Escapes {@code & < > " '}, so that the result is safe as element text and as a quoted
     * attribute value.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        try {
            escape(text, sb);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sb.toString();
    }

    /**
     * Escapes {@code & < > " '} into an appendable.
     *
     * @param text the text
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void escape(CharSequence text, Appendable out) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String rep;
            switch (text.charAt(i)) {
                case '&': rep = "&amp;"; break;
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '"': rep = "&quot;"; break;
                case '\'': rep = "&#39;"; break;
                default: continue;
            }
            out.append(text, start, i).append(rep);
            start = i + 1;
        }
        out.append(text, start, text.length());
    }
}
