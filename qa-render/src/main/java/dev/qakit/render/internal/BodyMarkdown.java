package dev.qakit.render.internal;

import dev.qakit.model.BodyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A page body ({@link BodyNode}s) as readable Markdown: paragraphs, headings, lists, quotes,
 * fenced code (language kept), GFM tables, emphasis, code spans, links and images. Scripts
 * and styles are left out, unknown elements (components) give their content, link targets
 * go through {@link UrlPolicy}. Nesting deeper than {@value #MAX_DEPTH} levels is written as
 * plain text.
 */
public final class BodyMarkdown {
    static final int MAX_DEPTH = 100;

    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "iframe", "object", "embed", "svg",
            "math", "head", "title", "meta", "link", "noscript", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol",
            "blockquote", "hr", "table", "div", "section", "article", "aside", "header", "footer", "main", "nav",
            "details", "summary", "figure", "figcaption", "dl", "dt", "dd", "li");

    private BodyMarkdown() {
    }

    /**
     * The Markdown of a body.
     *
     * @param nodes the body's nodes
     * @return Markdown, blocks separated by one empty line, no trailing line break
     */
    public static String of(List<BodyNode> nodes) {
        List<String> blocks = new ArrayList<>();
        blocks(nodes, blocks, 0);
        return String.join("\n\n", blocks);
    }

    private static void blocks(List<BodyNode> nodes, List<String> out, int depth) {
        StringBuilder inline = new StringBuilder();
        for (BodyNode n : nodes) {
            if (n instanceof BodyNode.Element el && isBlock(el)) {
                flush(inline, out);
                block(el, out, depth + 1);
            } else {
                inline(n, inline, depth + 1);
            }
        }
        flush(inline, out);
    }

    private static void flush(StringBuilder inline, List<String> out) {
        String text = inline.toString().strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
        inline.setLength(0);
    }

    private static boolean isBlock(BodyNode.Element el) {
        String tag = tag(el);
        return BLOCKS.contains(tag) || SKIPPED.contains(tag);
    }

    private static String tag(BodyNode.Element el) {
        return el.tag().toLowerCase(Locale.ROOT);
    }

    private static void block(BodyNode.Element el, List<String> out, int depth) {
        String tag = tag(el);
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            String text = escape(el.textContent()).strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
            return;
        }
        switch (tag) {
            case "p", "dt", "dd", "summary", "figcaption" -> addInline(el, out, depth, "");
            case "h1", "h2", "h3", "h4", "h5", "h6" -> addInline(el, out, depth, "#".repeat(tag.charAt(1) - '0') + " ");
            case "hr" -> out.add("---");
            case "pre" -> out.add(fence(el));
            case "ul", "ol" -> out.add(list(el, tag.equals("ol"), depth));
            case "blockquote" -> {
                List<String> inner = new ArrayList<>();
                blocks(el.children(), inner, depth);
                String text = String.join("\n\n", inner);
                if (!text.isEmpty()) {
                    out.add(prefixLines(text, "> ", ">"));
                }
            }
            case "table" -> out.add(table(el, depth));
            default -> blocks(el.children(), out, depth);
        }
    }

    private static void addInline(BodyNode.Element el, List<String> out, int depth, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (BodyNode c : el.children()) {
            inline(c, sb, depth + 1);
        }
        String text = sb.toString().strip();
        if (!text.isEmpty()) {
            out.add(prefix + (prefix.isEmpty() ? text : text.replace('\n', ' ')));
        }
    }

    private static String fence(BodyNode.Element pre) {
        String code = pre.textContent();
        String language = "";
        Object lang = pre.props().get("language");
        if (lang instanceof String s) {
            language = s;
        } else {
            for (BodyNode c : pre.children()) {
                if (c instanceof BodyNode.Element codeEl && tag(codeEl).equals("code")) {
                    language = languageOf(codeEl.props().get("className"));
                }
            }
            if (language.isEmpty()) {
                language = languageOf(pre.props().get("className"));
            }
        }
        language = language.replaceAll("[^A-Za-z0-9_+#.-]", "");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String body = code.endsWith("\n") ? code : code + "\n";
        return fence + language + "\n" + body + fence;
    }

    private static String languageOf(Object className) {
        List<String> classes = new ArrayList<>();
        if (className instanceof String s) {
            classes.addAll(List.of(s.split("\\s+")));
        } else if (className instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    classes.add(s);
                }
            }
        }
        for (String c : classes) {
            if (c.startsWith("language-")) {
                return c.substring("language-".length());
            }
        }
        return "";
    }

    private static String list(BodyNode.Element list, boolean ordered, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        Object start = list.props().get("start");
        if (start instanceof Number num) {
            n = num.intValue();
        }
        for (BodyNode c : list.children()) {
            if (!(c instanceof BodyNode.Element li) || !tag(li).equals("li")) {
                continue;
            }
            String marker = ordered ? (n++) + ". " : "- ";
            List<String> inner = new ArrayList<>();
            blocks(li.children(), inner, depth);
            String text = String.join("\n\n", inner);
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(marker).append(prefixLines(text, " ".repeat(marker.length()), "").substring(marker.length()));
        }
        return sb.toString();
    }

    private static String table(BodyNode.Element table, int depth) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows, depth);
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                sb.append(' ').append(c < row.size() ? row.get(c) : "").append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|');
                sb.append(" --- |".repeat(columns));
                sb.append('\n');
            }
        }
        return sb.toString().strip();
    }

    private static void collectRows(BodyNode.Element el, List<List<String>> rows, int depth) {
        for (BodyNode c : el.children()) {
            if (c instanceof BodyNode.Element child) {
                if (tag(child).equals("tr")) {
                    List<String> cells = new ArrayList<>();
                    for (BodyNode cell : child.children()) {
                        if (cell instanceof BodyNode.Element ce && (tag(ce).equals("td") || tag(ce).equals("th"))) {
                            StringBuilder sb = new StringBuilder();
                            for (BodyNode x : ce.children()) {
                                inline(x, sb, depth + 1);
                            }
                            cells.add(sb.toString().strip().replace("\n", " ").replace("|", "\\|"));
                        }
                    }
                    rows.add(cells);
                } else if (depth < MAX_DEPTH) {
                    collectRows(child, rows, depth + 1);
                }
            }
        }
    }

    private static void inline(BodyNode n, StringBuilder sb, int depth) {
        if (n instanceof BodyNode.Text t) {
            sb.append(escape(t.value()));
            return;
        }
        BodyNode.Element el = (BodyNode.Element) n;
        String tag = tag(el);
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            sb.append(escape(el.textContent()));
            return;
        }
        switch (tag) {
            case "strong", "b" -> wrap(el, sb, depth, "**");
            case "em", "i" -> wrap(el, sb, depth, "*");
            case "del", "s" -> wrap(el, sb, depth, "~~");
            case "code" -> sb.append(codeSpan(el.textContent()));
            case "br" -> sb.append("\\\n");
            case "a" -> {
                StringBuilder text = new StringBuilder();
                children(el, text, depth);
                Object href = el.props().get("href");
                if (href instanceof String h) {
                    sb.append('[').append(text).append("](").append(destination(UrlPolicy.sanitize(h))).append(')');
                } else {
                    sb.append(text);
                }
            }
            case "img" -> {
                Object src = el.props().get("src");
                Object alt = el.props().get("alt");
                if (src instanceof String s) {
                    sb.append("![").append(alt instanceof String a ? escape(a) : "").append("](")
                            .append(destination(UrlPolicy.sanitize(s))).append(')');
                }
            }
            case "input" -> {
                if ("checkbox".equals(el.props().get("type"))) {
                    sb.append(Boolean.TRUE.equals(el.props().get("checked")) ? "[x] " : "[ ] ");
                }
            }
            default -> children(el, sb, depth);
        }
    }

    private static void wrap(BodyNode.Element el, StringBuilder sb, int depth, String marker) {
        StringBuilder inner = new StringBuilder();
        children(el, inner, depth);
        String text = inner.toString();
        if (text.isBlank()) {
            sb.append(text);
        } else {
            sb.append(marker).append(text.strip()).append(marker);
        }
    }

    private static void children(BodyNode.Element el, StringBuilder sb, int depth) {
        for (BodyNode c : el.children()) {
            inline(c, sb, depth + 1);
        }
    }

    private static String codeSpan(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String ticks = "`".repeat(longest + 1);
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return ticks + pad + code.replace('\n', ' ') + pad + ticks;
    }

    private static String destination(String url) {
        return url.indexOf(' ') >= 0 || url.indexOf('(') >= 0 || url.indexOf(')') >= 0
                ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
    }

    /**
     * Escapes text so that Markdown reads it literally.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String prefixLines(String text, String prefix, String emptyPrefix) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines[i].isEmpty() ? emptyPrefix : prefix).append(lines[i]);
        }
        return sb.toString();
    }
}
