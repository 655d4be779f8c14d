package dev.qakit.io.nuxt;

import dev.qakit.io.internal.input.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the payload script of a prerendered page without building a document: a tokenizer for
 * the HTML that Nuxt writes (tags, attributes, comments, doctype, the raw text of scripts,
 * styles and titles), which answers only when its answer is the one a full HTML parse gives.
 * Anything it does not follow exactly (foreign content, templates, {@code noscript}, script text
 * that enters the tokenizer's escaped states, entities in the attributes read, a script that is
 * not the only candidate, a malformed tag, a carriage return) makes it answer null, and the caller parses the page
 * with jsoup instead. {@code PayloadScriptScanTest} holds the two together.
 *
 * <p>It reads the page's UTF-8 bytes: every character HTML's syntax gives a meaning to is ASCII,
 * and a byte of a multi-byte sequence is never ASCII, so the page is not decoded; only the
 * script's text and its kept attributes are. Columns are counted in UTF-16 units, as the
 * decoded text counts them.
 */
final class PayloadScriptScan {
    private static final String ID = "__NUXT_DATA__";
    /** Elements whose content or placement the scan does not follow: the page goes to jsoup. */
    private static final Set<String> UNFOLLOWED = Set.of("svg", "math", "template", "noscript", "iframe", "noembed",
            "noframes", "xmp", "plaintext", "frameset", "frame", "textarea", "select", "option", "image");
    /** Elements whose content is raw text up to their end tag. */
    private static final Set<String> RAW = Set.of("style", "title");

    private final byte[] html;
    private final int n;
    private int pos;
    // the candidates: scripts with the id, and scripts with data-nuxt-data
    private int byId;
    private int byApp;
    private HtmlPayloadScript.@Nullable Json idScript;
    private HtmlPayloadScript.@Nullable Json appScript;
    // the attributes of the tag being read
    private @Nullable String id;
    private @Nullable String app;
    private @Nullable String src;
    private @Nullable String ssr;

    private PayloadScriptScan(byte[] html) {
        this.html = html;
        this.n = html.length;
    }

    /**
     * The page's JSON payload script, as {@link HtmlPayloadScript#find} would find it, or null
     * when the scan cannot tell (the page must be parsed).
     *
     * @param html the page's text
     * @return the script, or null
     */
    static HtmlPayloadScript.@Nullable Json find(String html) {
        // a lone surrogate has no UTF-8 form: such a page is parsed
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(html)) {
            return null;
        }
        return find(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The page's JSON payload script, as {@link HtmlPayloadScript#find} would find it in the
     * decoded page, or null when the scan cannot tell (the page must be parsed).
     *
     * @param html the page's bytes: well-formed UTF-8 without a byte-order mark
     * @return the script, or null
     */
    static HtmlPayloadScript.@Nullable Json find(byte[] html) {
        if (Utf8.indexOf(html, (byte) '\r', 0, html.length) >= 0) {
            return null;
        }
        PayloadScriptScan scan = new PayloadScriptScan(html);
        if (!scan.run()) {
            return null;
        }
        if (scan.byId == 1) {
            return scan.idScript;
        }
        if (scan.byId == 0 && scan.byApp == 1) {
            return scan.appScript;
        }
        return null;
    }

    /** The byte at {@code i} as a char: ASCII as itself, a byte of a multi-byte sequence as a char above 0x7F. */
    private char at(int i) {
        return (char) (html[i] & 0xFF);
    }

    private int indexOf(char c, int from) {
        return Utf8.indexOf(html, (byte) c, from, n);
    }

    /** Where the ASCII text {@code s} occurs first from {@code from} on, or -1. */
    private int indexOf(String s, int from) {
        return indexOf(s, from, n);
    }

    /** Where the ASCII text {@code s} first occurs wholly within {@code [from, to)}, or -1. */
    private int indexOf(String s, int from, int to) {
        byte first = (byte) s.charAt(0);
        int last = to - s.length() + 1;
        for (int i = Utf8.indexOf(html, first, from, last); i >= 0; i = Utf8.indexOf(html, first, i + 1, last)) {
            if (startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the ASCII text {@code s} is at {@code at}. */
    private boolean startsWith(String s, int at) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (html[at + k] != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes {@code [from, to)} as text, ASCII letters lower-cased (a name). */
    private String lowerName(int from, int to) {
        byte[] out = new byte[to - from];
        for (int i = from; i < to; i++) {
            byte b = html[i];
            out[i - from] = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
        }
        // ISO-8859-1: one char per byte, so that a name with a non-ASCII byte equals no ASCII name
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private String text(int from, int to) {
        return new String(html, from, to - from, StandardCharsets.UTF_8);
    }

    /** Reads the whole page; false when it met something it does not follow. */
    private boolean run() {
        while (true) {
            int lt = indexOf('<', pos);
            if (lt < 0 || lt + 1 >= n) {
                return true;
            }
            pos = lt;
            char c = at(lt + 1);
            if (c == '!') {
                if (!markup()) {
                    return false;
                }
            } else if (c == '/') {
                if (!endTag()) {
                    return false;
                }
            } else if (isAsciiLetter(c)) {
                if (!startTag()) {
                    return false;
                }
            } else if (c == '?') {
                return false;
            } else {
                pos = lt + 1;
            }
        }
    }

    /** A comment, a doctype or a bogus comment, from {@code <!}. */
    private boolean markup() {
        if (startsWith("<!--", pos)) {
            int body = pos + 4;
            if (startsWith(">", body) || startsWith("->", body)) {
                return false;
            }
            int end = indexOf("-->", body);
            if (end < 0) {
                return false;
            }
            if (indexOf("--!>", body, end + 3) >= 0) {
                return false;
            }
            pos = end + 3;
            return true;
        }
        int end = indexOf('>', pos + 2);
        if (end < 0) {
            return false;
        }
        pos = end + 1;
        return true;
    }

    private boolean endTag() {
        int start = pos + 2;
        if (start >= n || !isAsciiLetter(at(start))) {
            return false;
        }
        return skipEndTag(start);
    }

    /** Moves past an end tag whose name starts at {@code from}; false when it holds a quote or does not end. */
    private boolean skipEndTag(int from) {
        int end = indexOf('>', from);
        if (end < 0) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = at(i);
            if (c == '"' || c == '\'' || c == '<') {
                return false;
            }
        }
        pos = end + 1;
        return true;
    }

    private boolean startTag() {
        int i = pos + 1;
        int nameStart = i;
        while (i < n && !isSpace(at(i)) && at(i) != '/' && at(i) != '>') {
            char c = at(i);
            if (c == '<' || c == '"' || c == '\'' || c == '=' || c == 0) {
                return false;
            }
            i++;
        }
        String name = lowerName(nameStart, i);
        if (UNFOLLOWED.contains(name)) {
            return false;
        }
        boolean script = name.equals("script");
        id = null;
        app = null;
        src = null;
        ssr = null;
        boolean selfClosing = false;
        while (true) {
            while (i < n && isSpace(at(i))) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            char c = at(i);
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/') {
                if (i + 1 < n && at(i + 1) == '>') {
                    selfClosing = true;
                    i += 2;
                    break;
                }
                return false;
            }
            int attrStart = i;
            while (i < n && !isSpace(at(i)) && at(i) != '/' && at(i) != '>' && at(i) != '=') {
                char a = at(i);
                if (a == '"' || a == '\'' || a == '<' || a == 0) {
                    return false;
                }
                i++;
            }
            if (i == attrStart) {
                return false;
            }
            int attrEnd = i;
            while (i < n && isSpace(at(i))) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < n && at(i) == '=') {
                i++;
                while (i < n && isSpace(at(i))) {
                    i++;
                }
                if (i >= n) {
                    return false;
                }
                char q = at(i);
                if (q == '"' || q == '\'') {
                    int close = indexOf(q, i + 1);
                    if (close < 0) {
                        return false;
                    }
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                    if (i < n && !isSpace(at(i)) && at(i) != '/' && at(i) != '>') {
                        return false;
                    }
                } else if (q == '>') {
                    return false;
                } else {
                    valueStart = i;
                    while (i < n && !isSpace(at(i)) && at(i) != '>') {
                        char v = at(i);
                        if (v == '"' || v == '\'' || v == '<' || v == '=' || v == '`' || v == 0) {
                            return false;
                        }
                        i++;
                    }
                    valueEnd = i;
                }
            }
            if (script && !attribute(lowerName(attrStart, attrEnd), valueStart, valueEnd)) {
                return false;
            }
        }
        pos = i;
        if (script) {
            return selfClosing ? false : scriptText();
        }
        if (RAW.contains(name)) {
            int end = rawTextEnd(name);
            return end >= 0 && skipEndTag(end + 2);
        }
        return true;
    }

    /** Keeps an attribute of a script tag; false for a second one of a kept name, or an entity in its value. */
    private boolean attribute(String attr, int from, int to) {
        switch (attr) {
            case "id", "data-nuxt-data", "data-src", "data-ssr" -> {
                for (int i = from; i < to; i++) {
                    char c = at(i);
                    if (c == '&' || c == 0 || c == '\r') {
                        return false;
                    }
                }
            }
            default -> {
                return true;
            }
        }
        String value = text(from, to);
        switch (attr) {
            case "id" -> {
                if (id != null) {
                    return false;
                }
                id = value;
            }
            case "data-nuxt-data" -> {
                if (app != null) {
                    return false;
                }
                app = value;
            }
            case "data-src" -> {
                if (src != null) {
                    return false;
                }
                src = value;
            }
            default -> {
                if (ssr != null) {
                    return false;
                }
                ssr = value;
            }
        }
        return true;
    }

    private boolean scriptText() {
        int start = pos;
        int end = rawTextEnd("script");
        if (end < 0) {
            return false;
        }
        // a comment opener inside a script is refused (the tokenizers differ on the escaped states)
        if (indexOf("<!--", start, end) >= 0) {
            return false;
        }
        if (ID.equals(id) || app != null) {
            if (Utf8.indexOf(html, (byte) 0, start, end) >= 0) {
                return false;
            }
            String text = text(start, end);
            // an empty script has no text node, so no position
            long at = text.isEmpty() ? 0 : Utf8.position(html, start);
            HtmlPayloadScript.Json json = new HtmlPayloadScript.Json(text, src, !"false".equals(ssr), app, (int) (at >>> 32), (int) at);
            if (ID.equals(id)) {
                byId++;
                idScript = json;
            }
            if (app != null) {
                byApp++;
                appScript = json;
            }
        }
        return skipEndTag(end + 2);
    }

    /**
     * Where the end tag of a raw text element starts ({@code </name} followed by a space,
     * {@code /} or {@code >}, in any case), or -1; also -1 when another {@code </} comes first
     * (the tokenizers differ on what such text ends with).
     */
    private int rawTextEnd(String name) {
        int i = indexOf("</", pos);
        int after = i + 2 + name.length();
        if (i >= 0 && after < n && asciiNameAt(i + 2, name)) {
            char c = at(after);
            if (isSpace(c) || c == '/' || c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the lower-case ASCII name is at {@code at}, in any case. */
    private boolean asciiNameAt(int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            byte b = html[at + k];
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
