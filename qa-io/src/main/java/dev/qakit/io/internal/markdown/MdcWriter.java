package dev.qakit.io.internal.markdown;

import dev.qakit.model.BodyNode;
import dev.qakit.model.BodyNode.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes MDC components back as MDC, for {@link BodyWriter}: a block component as
 * {@code ::name{attributes}} … {@code ::} with its {@code #slot} sections (an outer component
 * gets more colons than the ones inside it, so each closing line closes the right one), an
 * inline one as {@code :name[label]{attributes}}, and attributes on inline code and spans.
 * Bound props ({@code :name} with JSON text) are written as bound attributes.
 */
final class MdcWriter {
    /** The names {@code @nuxtjs/mdc} treats as HTML elements; any other tag is a component. */
    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "address", "area", "article", "aside", "audio", "b", "base",
            "bdi", "bdo", "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data",
            "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
            "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu",
            "menuitem", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param",
            "picture", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "section", "select",
            "slot", "small", "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
            "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr");
    private static final Set<String> BLOCK_CHILD_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
            "pre", "hr", "table", "section", "div", "template");
    private static final int MAX_COLONS = 64;

    private MdcWriter() {
    }

    /** Whether an element is an MDC component: a tag that is no HTML element, or one with bound ({@code :name}) props. */
    static boolean isComponent(Element e) {
        String tag = e.tag();
        if (tag.isEmpty() || !MdcAttributes.isAsciiAlpha(tag.charAt(0))) {
            return false;
        }
        if (!HTML_TAGS.contains(tag)) {
            return true;
        }
        for (String key : e.props().keySet()) {
            if (key.startsWith(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element inside a paragraph is written as an inline component: a label cannot
     * begin or end with white space (Markdown strips it), so such an element is written as HTML.
     */
    static boolean isInlineComponent(Element e) {
        if (!isComponent(e)) {
            return false;
        }
        List<BodyNode> kids = e.children();
        if (kids.isEmpty()) {
            return true;
        }
        boolean edgeSpace = kids.get(0) instanceof BodyNode.Text first && !first.value().equals(first.value().stripLeading())
                || kids.get(kids.size() - 1) instanceof BodyNode.Text last && !last.value().equals(last.value().stripTrailing());
        return !edgeSpace;
    }

    /** Whether an element is written as a block component (a component holding blocks or slots, or none). */
    static boolean isBlockComponent(Element e) {
        if (!isComponent(e)) {
            return false;
        }
        for (BodyNode c : e.children()) {
            if (c instanceof Element k && (BLOCK_CHILD_TAGS.contains(k.tag()) || isBlockComponent(k))) {
                return true;
            }
        }
        return false;
    }

    static String block(Element e) {
        String colons = ":".repeat(Math.min(MAX_COLONS, 2 + nesting(e, 0)));
        List<BodyNode> label = new ArrayList<>();
        int i = 0;
        List<BodyNode> kids = e.children();
        while (i < kids.size() && !isBlockChild(kids.get(i))) {
            label.add(kids.get(i));
            i++;
        }
        StringBuilder sb = new StringBuilder(colons).append(e.tag());
        if (!label.isEmpty()) {
            sb.append('[').append(BodyWriter.inlinesOf(label).replace('\n', ' ')).append(']');
        }
        sb.append(attributes(e.props(), Set.of(), null)).append('\n');
        // sections in the order of the children: content before the first slot is the unnamed
        // section, later default content is a #default section
        List<BodyNode> run = new ArrayList<>();
        boolean slotSeen = false;
        for (; i < kids.size(); i++) {
            BodyNode c = kids.get(i);
            String name = c instanceof Element k && k.tag().equals("template") ? slotName(k) : null;
            if (name == null) {
                run.add(c);
                continue;
            }
            section(sb, slotSeen ? "#default\n" : "", run);
            run.clear();
            slotSeen = true;
            Element slot = (Element) c;
            Map<String, Object> rest = new java.util.LinkedHashMap<>(slot.props());
            rest.remove("v-slot:" + name);
            section(sb, "#" + name + attributes(rest, Set.of(), null) + "\n", slot.children());
        }
        section(sb, slotSeen ? "#default\n" : "", run);
        return sb.append(colons).toString();
    }

    private static void section(StringBuilder sb, String heading, List<BodyNode> content) {
        if (content.isEmpty()) {
            return;
        }
        sb.append(heading);
        String body = BodyWriter.blocksOf(content);
        if (!body.isEmpty()) {
            sb.append(holdsSlottedComponent(content) ? BodyWriter.prefixLines(body, "  ", "") : body).append("\n\n");
        }
    }

    /**
     * Whether content holds a block component with slots. remark-mdc takes a {@code #name} line
     * for a slot of the component around it unless the line is indented past that component's
     * own indentation or sits inside a child written with the same number of colons; a child
     * written with fewer colons is not tracked, so its slots would go to the parent. Such content
     * is written indented.
     */
    private static boolean holdsSlottedComponent(List<BodyNode> content) {
        for (BodyNode n : content) {
            if (n instanceof Element k && isBlockComponent(k)) {
                for (BodyNode c : k.children()) {
                    if (c instanceof Element t && t.tag().equals("template") && slotName(t) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isBlockChild(BodyNode n) {
        return n instanceof Element k && (BLOCK_CHILD_TAGS.contains(k.tag()) || isBlockComponent(k));
    }

    static String inline(Element e) {
        StringBuilder sb = new StringBuilder(":").append(e.tag());
        if (!e.children().isEmpty()) {
            sb.append('[').append(BodyWriter.inlinesOf(e.children()).replace('\n', ' ')).append(']');
        }
        String attrs = attributes(e.props(), Set.of(), null);
        return sb.append(attrs).toString();
    }

    private static @Nullable String slotName(Element template) {
        for (String key : template.props().keySet()) {
            if (key.startsWith("v-slot:") && key.length() > "v-slot:".length()) {
                return key.substring("v-slot:".length());
            }
        }
        return null;
    }

    /** How deeply block components nest inside this one. */
    private static int nesting(Element e, int depth) {
        if (depth > MAX_COLONS) {
            return 0;
        }
        int deepest = 0;
        for (BodyNode c : e.children()) {
            if (c instanceof Element k) {
                int below = nesting(k, depth + 1);
                deepest = Math.max(deepest, isBlockComponent(k) ? below + 1 : below);
            }
        }
        return deepest;
    }

    /**
     * An attribute list for props, or {@code ""} when there is nothing to write.
     *
     * @param props the props
     * @param skip props not to write
     * @param language for inline code: its language, written as {@code lang}
     */
    static String attributes(Map<String, Object> props, Set<String> skip, @Nullable String language) {
        List<String> parts = new ArrayList<>();
        if (language != null) {
            parts.add("lang=" + quoted(language));
        }
        for (Map.Entry<String, Object> p : props.entrySet()) {
            String key = p.getKey();
            Object v = p.getValue();
            if (skip.contains(key)) {
                if (key.equals("className") && v instanceof List<?> l && language != null) {
                    List<String> rest = new ArrayList<>();
                    l.forEach(x -> {
                        if (!String.valueOf(x).equals("language-" + language)) {
                            rest.add(String.valueOf(x));
                        }
                    });
                    if (!rest.isEmpty()) {
                        parts.add("class=" + quoted(String.join(" ", rest)));
                    }
                }
                continue;
            }
            if (key.equals("className") && v instanceof List<?> l) {
                if (!l.isEmpty()) {
                    parts.add("class=" + quoted(String.join(" ", l.stream().map(String::valueOf).toList())));
                }
            } else if (key.startsWith(":")) {
                String json = String.valueOf(v);
                parts.add(key + "='" + json.replace("\\", "\\\\").replace("'", "\\'") + "'");
            } else if (v == Boolean.TRUE && HastProperties.isOverloadedBoolean(key)) {
                parts.add(BodyNode.htmlAttributeName(key) + "=\"\"");
            } else if (v == Boolean.TRUE) {
                parts.add(BodyNode.htmlAttributeName(key));
            } else if (v instanceof String || v instanceof Number) {
                parts.add(BodyNode.htmlAttributeName(key) + "=" + quoted(String.valueOf(v)));
            }
        }
        return parts.isEmpty() ? "" : "{" + String.join(" ", parts) + "}";
    }

    private static String quoted(String value) {
        String v = value.replace('\n', ' ');
        return v.indexOf('"') < 0 ? "\"" + v + "\"" : "'" + v.replace("'", "’") + "'";
    }
}
