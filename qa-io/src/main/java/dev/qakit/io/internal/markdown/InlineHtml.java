package dev.qakit.io.internal.markdown;

import dev.qakit.io.internal.markdown.Minimark.Element0;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Raw HTML tags inside a paragraph made into elements, as rehype-raw does once the Markdown is
 * hast: an opening tag takes the inline content up to its closing tag as children, a void
 * element ({@code <br>}, {@code <img>}) stands alone, {@code </br>} is a {@code br} as HTML
 * parsers read it, a stray closing tag is dropped, and comments go.
 */
final class InlineHtml {
    /** A raw HTML tag (or comment) from the Markdown, not yet made an element. */
    record Raw(String html) {
    }

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");
    private static final Pattern OPEN = Pattern.compile("^<([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern CLOSE = Pattern.compile("^</([A-Za-z][A-Za-z0-9-]*)\\s*>$");
    private static final int MAX_OPEN = 64;

    private InlineHtml() {
    }

    static boolean any(List<Object> items) {
        for (Object o : items) {
            if (o instanceof Raw) {
                return true;
            }
        }
        return false;
    }

    /** Nests the content between raw tags into the elements they open. */
    static List<Object> nest(List<Object> items) {
        if (!any(items)) {
            return items;
        }
        List<Object> top = new ArrayList<>();
        Deque<Element0> open = new ArrayDeque<>();
        java.util.Map<String, java.util.Map<String, Object>> parsedTags = new java.util.HashMap<>();
        for (Object o : items) {
            List<Object> target = open.isEmpty() ? top : open.peek().children;
            if (!(o instanceof Raw raw)) {
                target.add(o);
                continue;
            }
            String html = raw.html().strip();
            Matcher close = CLOSE.matcher(html);
            if (close.find()) {
                String name = close.group(1).toLowerCase(Locale.ROOT);
                if (name.equals("br")) {
                    target.add(element("br", "<br>", parsedTags));
                    continue;
                }
                if (open.stream().anyMatch(e -> e.tag.equals(name))) {
                    while (!open.pop().tag.equals(name)) {
                        // closes the elements opened inside it
                    }
                }
                continue;
            }
            Matcher m = OPEN.matcher(html);
            if (!m.find()) {
                continue; // a comment, a declaration, a processing instruction
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            Element0 e = element(name, html, parsedTags);
            target.add(e);
            if (!VOID.contains(name) && !html.endsWith("/>") && open.size() < MAX_OPEN) {
                open.push(e);
            }
        }
        return top;
    }

    private static final Pattern BARE = Pattern.compile("^<[A-Za-z][A-Za-z0-9-]*\\s*/?>$");

    private static Element0 element(String name, String html, java.util.Map<String, java.util.Map<String, Object>> parsedTags) {
        if (BARE.matcher(html).matches()) {
            Element0 out = Minimark.el(name, new java.util.LinkedHashMap<>(), new ArrayList<>());
            out.raw = true;
            return out;
        }
        java.util.Map<String, Object> props = parsedTags.computeIfAbsent(html, h -> {
            org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(h.endsWith(">") ? h : h + ">");
            Element parsed = doc.body().children().isEmpty() ? null : doc.body().child(0);
            return parsed == null ? java.util.Map.of() : HastProperties.of(parsed.attributes());
        });
        Element0 out = Minimark.el(name, new java.util.LinkedHashMap<>(props), new ArrayList<>());
        out.raw = true;
        return out;
    }
}
