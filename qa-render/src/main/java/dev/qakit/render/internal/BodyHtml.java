package dev.qakit.render.internal;

import dev.qakit.model.BodyNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A page body (minimark or hast-like {@link BodyNode}s) to HTML.
 *
 * <p>Props become attributes as {@code hast-util-to-html} names them ({@code className} →
 * {@code class}, {@code ariaDescribedBy} → {@code aria-describedby}, {@code dataFootnoteRef}
 * → {@code data-footnote-ref}, list values joined by spaces, {@code true} → a bare
 * attribute, {@code false} and non-scalar values left out).
 *
 * <p>In safe mode (the default) content cannot run code: elements that run or embed
 * anything ({@code script}, {@code style}, {@code iframe}, {@code object}, {@code svg},
 * {@code math}, forms, media, …) are dropped with their content; other names that are not
 * plain HTML elements become inert custom elements ({@code alert} → {@code <mdc-alert>}), an
 * MDC slot ({@code template} with {@code v-slot:name}) becomes {@code <mdc-slot data-slot="name">}
 * with its content, and bound props ({@code :name}, JSON for the Vue component) are no
 * attributes;
 * {@code on*}, {@code style}, {@code srcdoc}, {@code srcset}, {@code xmlns} and {@code xlink} attributes are
 * dropped; URL attributes go through {@link UrlPolicy}. Iterative, so any depth is fine.
 */
public final class BodyHtml {

    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private static final Set<String> ALLOWED = Set.of(
            "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd",
            "li", "main", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
            "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
            "u", "ul", "var", "wbr");

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "noscript",
            "noembed", "noframes", "template", "svg", "math", "base", "link", "meta", "title", "textarea", "xmp",
            "plaintext", "listing", "form", "button", "select", "option", "optgroup", "datalist", "keygen", "output",
            "portal", "fencedframe", "video", "audio", "source", "track", "picture", "canvas", "dialog", "html",
            "head", "body", "image", "isindex", "marquee", "slot", "search", "selectedcontent", "menu");

    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "cite", "action", "formaction", "poster", "background", "longdesc", "usemap", "ping",
            "manifest", "codebase", "data", "dynsrc", "lowsrc", "icon", "profile", "xlink:href", "itemtype");

    private static final Set<String> DROPPED_ATTRIBUTES = Set.of(
            "style", "srcdoc", "srcset", "imagesrcset", "is", "http-equiv", "formaction", "action", "popovertarget",
            "xmlns");

    private static final Set<String> RAW_TEXT = Set.of("script", "style");

    private BodyHtml() {
    }

    /**
     * Writes nodes as HTML.
     *
     * @param nodes the nodes
     * @param rawHtml whether to write every element and attribute as it is (unsafe)
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void write(List<BodyNode> nodes, boolean rawHtml, Appendable out) throws IOException {
        write(nodes, rawHtml, UnaryOperator.identity(), out);
    }

    /**
     * Writes nodes as HTML, passing the {@code href} of links through a function (after URL
     * sanitising).
     *
     * @param nodes the nodes
     * @param rawHtml whether to write every element and attribute as it is (unsafe)
     * @param links maps each link target to the one written
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void write(List<BodyNode> nodes, boolean rawHtml, UnaryOperator<String> links, Appendable out)
            throws IOException {
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, nodes);
        Deque<Boolean> rawText = new ArrayDeque<>();
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof Close close) {
                out.append("</").append(close.tag).append('>');
                if (close.rawText) {
                    rawText.pop();
                }
                if (isBlock(close.tag)) {
                    out.append('\n');
                }
            } else if (item instanceof BodyNode.Text text) {
                if (!rawText.isEmpty()) {
                    out.append(text.value());
                } else {
                    HtmlText.escape(text.value(), out);
                }
            } else {
                writeElement((BodyNode.Element) item, rawHtml, links, out, stack, rawText);
            }
        }
    }

    private static void writeElement(BodyNode.Element el, boolean rawHtml, UnaryOperator<String> links, Appendable out,
            Deque<Object> stack,
            Deque<Boolean> rawText) throws IOException {
        String given = el.tag();
        if (!isTagName(given)) {
            // Not a tag name HTML can spell: keep the content, drop the element.
            pushAll(stack, el.children());
            return;
        }
        String tag = given.toLowerCase(Locale.ROOT);
        if (!rawHtml) {
            String slot = tag.equals("template") ? slotName(el) : null;
            if (slot != null) {
                // an MDC slot (#name in a component): its content stays, in an inert element the author can style
                out.append("<mdc-slot data-slot=\"");
                HtmlText.escape(slot, out);
                out.append("\">");
                stack.push(new Close("mdc-slot", false));
                pushAll(stack, el.children());
                return;
            }
            if (DROPPED.contains(tag) || tag.equals("input") && !isCheckbox(el)) {
                return;
            }
            if (!ALLOWED.contains(tag) && tag.indexOf('-') < 0) {
                tag = "mdc-" + tag;
            }
        }
        out.append('<').append(tag);
        for (Map.Entry<String, Object> prop : el.props().entrySet()) {
            writeAttribute(tag, prop.getKey(), prop.getValue(), rawHtml, links, out);
        }
        out.append('>');
        if (VOID.contains(tag)) {
            if (isBlock(tag)) {
                out.append('\n');
            }
            return;
        }
        boolean raw = rawHtml && RAW_TEXT.contains(tag);
        if (raw) {
            rawText.push(Boolean.TRUE);
        }
        stack.push(new Close(tag, raw));
        pushAll(stack, el.children());
    }

    /**
     * Whether a name is a tag name HTML can spell, as {@code [A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*}
     * matches it (a scan: a regular expression's matcher was a tenth of a page's rendering).
     */
    static boolean isTagName(String s) {
        int n = s.length();
        if (n == 0 || !isAsciiLetter(s.charAt(0)) || s.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-' ? s.charAt(i - 1) == '-' : !isAsciiLetter(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name is an attribute name this writer writes, as {@code [A-Za-z_][A-Za-z0-9_.:-]*} matches it. */
    static boolean isAttributeName(String s) {
        int n = s.length();
        if (n == 0 || !isAsciiLetter(s.charAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && (c < '0' || c > '9') && c != '_' && c != '.' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The slot name of an MDC {@code template} ({@code v-slot:name}), or null. */
    private static @Nullable String slotName(BodyNode.Element template) {
        for (String key : template.props().keySet()) {
            if (key.startsWith("v-slot:") && key.length() > "v-slot:".length()) {
                return key.substring("v-slot:".length());
            }
        }
        return null;
    }

    private static void writeAttribute(String tag, String key, Object value, boolean rawHtml, UnaryOperator<String> links,
            Appendable out)
            throws IOException {
        if (key.startsWith("__")) {
            return;
        }
        String name = BodyNode.htmlAttributeName(key);
        if (!isAttributeName(name)) {
            return;
        }
        if (!rawHtml) {
            if (name.startsWith("on") || DROPPED_ATTRIBUTES.contains(name) || name.startsWith("xmlns:")
                    || name.startsWith("xlink:")) {
                return;
            }
            if (tag.equals("pre") && name.equals("code")) {
                return;
            }
            if (tag.equals("input") && !Set.of("type", "checked", "disabled", "class", "id").contains(name)) {
                return;
            }
        }
        if (tag.equals("pre") && (name.equals("meta") || name.equals("language"))) {
            name = "data-" + name;
        }
        String text = attributeValue(value);
        if (text == null) {
            return;
        }
        if (!rawHtml && URL_ATTRIBUTES.contains(name)) {
            text = UrlPolicy.sanitize(text);
        }
        if (tag.equals("a") && name.equals("href")) {
            text = links.apply(text);
        }
        out.append(' ').append(name);
        if (!(value instanceof Boolean)) {
            out.append("=\"");
            HtmlText.escape(text, out);
            out.append('"');
        }
    }

    private static String attributeValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? "" : null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object item : list) {
                if (item instanceof List<?> || item instanceof Map<?, ?> || item instanceof Boolean) {
                    continue;
                }
                String s = attributeValue(item);
                if (s != null) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(s);
                }
            }
            return sb.toString();
        }
        return null;
    }

    private static boolean isCheckbox(BodyNode.Element el) {
        return "checkbox".equals(el.props().get("type"));
    }

    private static boolean isBlock(String tag) {
        switch (tag) {
            case "p": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "pre": case "ul":
            case "ol": case "li": case "table": case "thead": case "tbody": case "tr": case "blockquote": case "hr":
            case "div": case "section": case "dl": case "dd": case "dt":
                return true;
            default:
                return false;
        }
    }

    private static void pushAll(Deque<Object> stack, List<BodyNode> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(nodes.get(i));
        }
    }

    private record Close(String tag, boolean rawText) {
    }
}
