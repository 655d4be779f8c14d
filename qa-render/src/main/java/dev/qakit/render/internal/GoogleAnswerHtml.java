package dev.qakit.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Reduces answer HTML to the tags Google's FAQ structured data displays ({@code h1}–{@code h6},
 * {@code br}, {@code ol}, {@code ul}, {@code li}, {@code a}, {@code p}, {@code div}, {@code b},
 * {@code strong}, {@code i}, {@code em}); code blocks become paragraphs of text with line
 * breaks, tables paragraphs with one line per row (cells joined by {@code " | "}), other
 * tags are unwrapped to their text. Links keep http, https and mailto targets.
 */
public final class GoogleAnswerHtml {
    private static final Safelist ALLOWED = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "a", "p", "div", "b", "strong", "i", "em")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private GoogleAnswerHtml() {
    }

    /**
     * Reduces HTML to Google's list.
     *
     * @param html answer HTML (already safe)
     * @param baseUri the page's absolute URL, against which relative links are resolved; {@code ""}
     *     to drop relative links
     * @return the reduced HTML
     */
    public static String reduce(String html, String baseUri) {
        Document doc = Jsoup.parseBodyFragment(html, baseUri);
        doc.outputSettings().prettyPrint(false);
        for (Element pre : doc.body().select("pre")) {
            String code = pre.wholeText();
            if (code.endsWith("\n")) {
                code = code.substring(0, code.length() - 1);
            }
            Element p = new Element("p");
            String[] lines = code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i]);
            }
            pre.replaceWith(p);
        }
        for (Element table : doc.body().select("table")) {
            Element p = new Element("p");
            boolean firstRow = true;
            for (Element row : table.select("tr")) {
                if (!firstRow) {
                    p.appendElement("br");
                }
                firstRow = false;
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    cells.add(cell.text());
                }
                p.appendText(String.join(" | ", cells));
            }
            table.replaceWith(p);
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        Safelist safelist = new Safelist(ALLOWED).preserveRelativeLinks(false);
        return Jsoup.clean(doc.body().html(), baseUri, safelist, settings).strip();
    }

    /**
     * The visible text of an HTML fragment, white space collapsed.
     *
     * @param html the fragment
     * @return the text
     */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
