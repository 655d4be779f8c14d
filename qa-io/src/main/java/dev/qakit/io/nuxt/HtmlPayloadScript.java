package dev.qakit.io.nuxt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * What a prerendered HTML page says about its payload: the {@code __NUXT_DATA__} JSON script
 * (found by {@code id}, or by {@code data-nuxt-data} when the id is absent), a JavaScript
 * payload form, or nothing.
 */
sealed interface HtmlPayloadScript {

    /**
     * The JSON payload script.
     *
     * @param json the script text, as written (raw script data: no entity decoding)
     * @param dataSrc the {@code data-src} attribute (the other half of a split payload), or null
     * @param ssr false when {@code data-ssr="false"} (an SPA render, not content)
     * @param appId the {@code data-nuxt-data} attribute (the app id), or null
     * @param line 1-based line of the script text's first character in the HTML file, 0 if unknown
     * @param column 1-based column of that character, 0 if unknown
     */
    record Json(String json, @Nullable String dataSrc, boolean ssr, @Nullable String appId, int line, int column)
            implements HtmlPayloadScript {
    }

    /**
     * A JavaScript payload (no JSON anywhere).
     *
     * @param form a short description of the form found, e.g. {@code window.__NUXT__=…}
     * @param line 1-based line of the script, 0 if unknown
     * @param column 1-based column of the script, 0 if unknown
     */
    record JavaScript(String form, int line, int column) implements HtmlPayloadScript {
    }

    /**
     * No payload at all.
     *
     * @param redirect the target of a {@code <meta http-equiv="refresh">} redirect (the page
     *     Nitro prerenders for a route rule's redirect), or null when the page is none
     * @param line 1-based line of the {@code <meta>} element, 0 if unknown or none
     * @param column 1-based column of that element, 0 if unknown or none
     */
    record Missing(@Nullable String redirect, int line, int column) implements HtmlPayloadScript {
    }

    /** The {@code content} of a refresh {@code <meta>}: a delay, then {@code url=} and the target. */
    Pattern REFRESH = Pattern.compile("\\s*\\d+(?:\\.\\d*)?\\s*[;,]\\s*(?:[Uu][Rr][Ll]\\s*=\\s*)?['\"]?([^'\"]+?)['\"]?\\s*");

    /** {@code window.__NUXT__ = (function(…` or {@code window.__NUXT__={…}} with data, as Nuxt 2 and JS-payload Nuxt 3 write it. */
    Pattern WINDOW_NUXT = Pattern.compile("window\\.__NUXT__\\s*=\\s*(?!\\{\\s*}\\s*;)");
    /** {@code import p from "…/_payload.js"} of the JS-payload extraction mode. */
    Pattern IMPORT_PAYLOAD_JS = Pattern.compile("import\\s+\\w+\\s+from\\s*[\"'][^\"']*_payload\\.js");

    /**
     * Finds the payload of an HTML page: by a scan of its tags where that tells (the pages Nuxt
     * writes), else by parsing the HTML properly (jsoup), tracking positions. Both give the same
     * answer wherever the scan gives one.
     *
     * @param html the page's text
     * @return what was found
     */
    static HtmlPayloadScript find(String html) {
        Json scanned = PayloadScriptScan.find(html);
        return scanned != null ? scanned : parse(html);
    }

    /**
     * Finds the payload of an HTML page held as bytes, as {@link #find(String)} finds it in the
     * decoded page; the page is decoded only when the scan cannot tell.
     *
     * @param html the page: well-formed UTF-8 without a byte-order mark
     * @return what was found
     */
    static HtmlPayloadScript find(byte[] html) {
        Json scanned = PayloadScriptScan.find(html);
        return scanned != null ? scanned : parse(new String(html, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Finds the payload of an HTML page by parsing it with jsoup, tracking positions.
     *
     * @param html the page's text
     * @return what was found
     */
    static HtmlPayloadScript parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        Element script = doc.selectFirst("script#__NUXT_DATA__");
        if (script == null) {
            script = doc.selectFirst("script[data-nuxt-data]");
        }
        if (script != null) {
            String text = script.data();
            int line = 0;
            int column = 0;
            Node first = script.childNodeSize() > 0 ? script.childNode(0) : null;
            if (first instanceof DataNode) {
                Range.Position start = first.sourceRange().start();
                if (start.isTracked()) {
                    line = start.lineNumber();
                    column = start.columnNumber();
                }
            }
            String src = script.hasAttr("data-src") ? script.attr("data-src") : null;
            String app = script.hasAttr("data-nuxt-data") ? script.attr("data-nuxt-data") : null;
            boolean ssr = !"false".equals(script.attr("data-ssr"));
            return new Json(text, src, ssr, app, line, column);
        }
        for (Element s : doc.select("script")) {
            String data = s.data();
            String form = null;
            if (IMPORT_PAYLOAD_JS.matcher(data).find()) {
                form = "import of a _payload.js module";
            } else {
                Matcher m = WINDOW_NUXT.matcher(data);
                if (m.find()) {
                    form = "window.__NUXT__=…";
                }
            }
            if (form != null) {
                Range.Position start = s.sourceRange().start();
                return start.isTracked()
                        ? new JavaScript(form, start.lineNumber(), start.columnNumber())
                        : new JavaScript(form, 0, 0);
            }
        }
        for (Element meta : doc.select("meta[http-equiv]")) {
            Matcher m = REFRESH.matcher(meta.attr("content"));
            if (meta.attr("http-equiv").equalsIgnoreCase("refresh") && m.matches()) {
                Range.Position start = meta.sourceRange().start();
                return start.isTracked() ? new Missing(m.group(1), start.lineNumber(), start.columnNumber()) : new Missing(m.group(1), 0, 0);
            }
        }
        return new Missing(null, 0, 0);
    }

    /**
     * Names the JavaScript payload form a {@code .js} payload file (or any text) uses, if any.
     *
     * @param text the file's text
     * @return a short description of the form, or null when the text is not a known JS payload
     */
    static @Nullable String javaScriptForm(String text) {
        String t = text.stripLeading();
        if (t.startsWith("export default")) {
            return "export default …";
        }
        if (t.startsWith("__NUXT_JSONP__(")) {
            return "__NUXT_JSONP__(…)";
        }
        if (WINDOW_NUXT.matcher(t).lookingAt() || t.startsWith("window.__NUXT__")) {
            return "window.__NUXT__=…";
        }
        return null;
    }
}
