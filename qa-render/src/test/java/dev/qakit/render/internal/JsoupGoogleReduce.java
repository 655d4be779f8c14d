package dev.qakit.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The reference for {@link GoogleAnswerHtml}: answer HTML reduced to Google's tag list by
 * parsing it with jsoup, turning code blocks and tables into paragraphs and cleaning it with a
 * safelist (what the JSON-LD renderer did before it wrote the reduced HTML from the commonmark
 * tree).
 */
final class JsoupGoogleReduce {
    private static final Safelist ALLOWED = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "a", "p", "div", "b", "strong", "i", "em")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private JsoupGoogleReduce() {
    }

    static String reduce(String html, String baseUri) {
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
}
