package dev.qakit.io.nuxt;

import java.util.Locale;
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
 */
final class PayloadScriptScan {
    private static final String ID = "__NUXT_DATA__";
    /** Elements whose content or placement the scan does not follow: the page goes to jsoup. */
    private static final Set<String> UNFOLLOWED = Set.of("svg", "math", "template", "noscript", "iframe", "noembed",
            "noframes", "xmp", "plaintext", "frameset", "frame", "textarea", "select", "option", "image");
    /** Elements whose content is raw text up to their end tag. */
    private static final Set<String> RAW = Set.of("style", "title");

    private final String html;
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

    private PayloadScriptScan(String html) {
        this.html = html;
    }

    /**
     * The page's JSON payload script, as {@link HtmlPayloadScript#find} would find it, or null
     * when the scan cannot tell (the page must be parsed).
     *
     * @param html the page's text
     * @return the script, or null
     */
    static HtmlPayloadScript.@Nullable Json find(String html) {
        if (html.indexOf('\r') >= 0) {
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

    /** Reads the whole page; false when it met something it does not follow. */
    private boolean run() {
        int n = html.length();
        while (true) {
            int lt = html.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= n) {
                return true;
            }
            pos = lt;
            char c = html.charAt(lt + 1);
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
        if (html.startsWith("<!--", pos)) {
            int body = pos + 4;
            if (html.startsWith(">", body) || html.startsWith("->", body)) {
                return false;
            }
            int end = html.indexOf("-->", body);
            if (end < 0) {
                return false;
            }
            if (indexOf("--!>", body, end + 3) >= 0) {
                return false;
            }
            pos = end + 3;
            return true;
        }
        int end = html.indexOf('>', pos + 2);
        if (end < 0) {
            return false;
        }
        pos = end + 1;
        return true;
    }

    private boolean endTag() {
        int start = pos + 2;
        if (start >= html.length() || !isAsciiLetter(html.charAt(start))) {
            return false;
        }
        return skipEndTag(start);
    }

    /** Moves past an end tag whose name starts at {@code from}; false when it holds a quote or does not end. */
    private boolean skipEndTag(int from) {
        int end = html.indexOf('>', from);
        if (end < 0) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = html.charAt(i);
            if (c == '"' || c == '\'' || c == '<') {
                return false;
            }
        }
        pos = end + 1;
        return true;
    }

    private boolean startTag() {
        int n = html.length();
        int i = pos + 1;
        int nameStart = i;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            char c = html.charAt(i);
            if (c == '<' || c == '"' || c == '\'' || c == '=' || c == 0) {
                return false;
            }
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
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
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/') {
                if (i + 1 < n && html.charAt(i + 1) == '>') {
                    selfClosing = true;
                    i += 2;
                    break;
                }
                return false;
            }
            int attrStart = i;
            while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>' && html.charAt(i) != '=') {
                char a = html.charAt(i);
                if (a == '"' || a == '\'' || a == '<' || a == 0) {
                    return false;
                }
                i++;
            }
            if (i == attrStart) {
                return false;
            }
            String attr = html.substring(attrStart, i).toLowerCase(Locale.ROOT);
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(html.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return false;
                }
                char q = html.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = html.indexOf(q, i + 1);
                    if (close < 0) {
                        return false;
                    }
                    value = html.substring(i + 1, close);
                    i = close + 1;
                    if (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
                        return false;
                    }
                } else if (q == '>') {
                    return false;
                } else {
                    int vs = i;
                    while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                        char v = html.charAt(i);
                        if (v == '"' || v == '\'' || v == '<' || v == '=' || v == '`' || v == 0) {
                            return false;
                        }
                        i++;
                    }
                    value = html.substring(vs, i);
                }
            }
            if (script && !attribute(attr, value)) {
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
    private boolean attribute(String attr, String value) {
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
            case "data-ssr" -> {
                if (ssr != null) {
                    return false;
                }
                ssr = value;
            }
            default -> {
                return true;
            }
        }
        return value.indexOf('&') < 0 && value.indexOf(0) < 0 && value.indexOf('\r') < 0;
    }

    private boolean scriptText() {
        int start = pos;
        int end = rawTextEnd("script");
        if (end < 0) {
            return false;
        }
        boolean candidate = ID.equals(id) || app != null;
        if (candidate) {
            String text = html.substring(start, end);
            if (text.contains("<!--") || text.indexOf(0) >= 0) {
                return false;
            }
            int lineStart = html.lastIndexOf('\n', start - 1) + 1;
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                if (html.charAt(i) == '\n') {
                    line++;
                }
            }
            // an empty script has no text node, so no position
            HtmlPayloadScript.Json json = text.isEmpty() ? new HtmlPayloadScript.Json(text, src, !"false".equals(ssr), app, 0, 0)
                    : new HtmlPayloadScript.Json(text, src, !"false".equals(ssr), app, line, start - lineStart + 1);
            if (ID.equals(id)) {
                byId++;
                idScript = json;
            }
            if (app != null) {
                byApp++;
                appScript = json;
            }
        } else if (indexOf("<!--", start, end) >= 0) {
            return false;
        }
        return skipEndTag(end + 2);
    }

    /**
     * Where the end tag of a raw text element starts ({@code </name} followed by a space,
     * {@code /} or {@code >}, in any case), or -1; also -1 when another {@code </} comes first
     * (the tokenizers differ on what such text ends with).
     */
    private int rawTextEnd(String name) {
        int i = html.indexOf("</", pos);
        int after = i + 2 + name.length();
        if (i >= 0 && after < html.length() && html.regionMatches(true, i + 2, name, 0, name.length())) {
            char c = html.charAt(after);
            if (isSpace(c) || c == '/' || c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code needle} first occurs wholly within {@code [from, to)}, or -1. */
    private int indexOf(String needle, int from, int to) {
        char first = needle.charAt(0);
        int last = to - needle.length();
        for (int i = from; i <= last; i++) {
            if (html.charAt(i) == first && html.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
