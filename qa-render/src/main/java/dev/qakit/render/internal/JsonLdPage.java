package dev.qakit.render.internal;

import dev.qakit.model.ContentPaths;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.internal.JsonStrings;
import java.io.IOException;
import java.util.List;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * Writes a page's schema.org {@code FAQPage} JSON-LD from question texts and answer texts
 * made by the caller from the trees it parsed, so that a page that also shows them as HTML
 * parses each one once (and need not keep the trees).
 */
public final class JsonLdPage {
    private JsonLdPage() {
    }

    /**
     * The URL an answer's relative links are resolved against in its JSON-LD text: the page's
     * URL, or {@code ""} (relative links dropped) without a base URL.
     *
     * @param page the page
     * @param baseUrl the site's base URL without a trailing slash, or null
     * @return the base for {@link #answerLiteral(Node, String, StringBuilder)}
     */
    public static String answerBase(Page page, @Nullable String baseUrl) {
        String pageUrl = pageUrl(page, baseUrl);
        return pageUrl == null ? "" : pageUrl;
    }

    /**
     * An answer's {@code text} member as written in the JSON-LD: its Google HTML as a JSON
     * string literal safe in a script element.
     *
     * @param answer the answer's document node, or null for a question without an answer
     *     ({@code ""})
     * @param base {@link #answerBase(Page, String)}
     * @param scratch a builder to write in (one can serve every answer of a page); emptied first
     * @return the literal, quotes included
     */
    public static String answerLiteral(@Nullable Node answer, String base, StringBuilder scratch) {
        if (answer == null) {
            return "\"\"";
        }
        scratch.setLength(0);
        GoogleAnswerHtml.answerJsonForScript(answer, base, scratch);
        return scratch.toString();
    }

    /**
     * Writes the JSON-LD.
     *
     * @param data the page
     * @param baseUrl the site's base URL without a trailing slash, or null
     * @param names each question's visible text ({@link GoogleAnswerHtml#text(Node)}), in order
     * @param ids each question's anchor ({@link Anchors#forQuestions(List)}), in order
     * @param answerLiterals each question's {@link #answerLiteral(Node, String, StringBuilder)}, in order
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void write(PageData data, @Nullable String baseUrl, List<String> names, List<String> ids,
            List<String> answerLiterals,
            Appendable out) throws IOException {
        Page page = data.page();
        String pageUrl = pageUrl(page, baseUrl);
        out.append("{\n");
        member(out, 1, "@context", "https://schema.org", true);
        member(out, 1, "@type", "FAQPage", true);
        if (page.title() != null) {
            member(out, 1, "name", page.title(), true);
        }
        String description = firstNonBlank(page.seoDescription(), page.description());
        if (description != null) {
            member(out, 1, "description", description, true);
        }
        if (pageUrl != null) {
            member(out, 1, "url", pageUrl, true);
        }
        if (page.updatedDate().isPresent()) {
            member(out, 1, "dateModified", page.updated(), true);
        }
        out.append("  \"mainEntity\": [");
        List<Question> questions = page.questions();
        for (int i = 0; i < questions.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            member(out, 3, "@type", "Question", true);
            member(out, 3, "name", names.get(i), true);
            if (pageUrl != null) {
                member(out, 3, "url", pageUrl + "#" + ids.get(i), true);
            }
            out.append("      \"acceptedAnswer\": {\n");
            member(out, 4, "@type", "Answer", true);
            indent(out, 4);
            out.append("\"text\": ").append(answerLiterals.get(i)).append('\n');
            out.append("      }\n    }");
        }
        out.append(questions.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    }

    private static @Nullable String pageUrl(Page page, @Nullable String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        String path = page.path();
        if (path == null && page.stem() != null) {
            path = ContentPaths.routeOf(page.stem());
        }
        return path == null ? baseUrl + "/" : baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static void member(Appendable out, int depth, String key, String value, boolean comma) throws IOException {
        indent(out, depth);
        JsonStrings.writeForScript(key, out);
        out.append(": ");
        JsonStrings.writeForScript(value, out);
        out.append(comma ? ",\n" : "\n");
    }

    private static void indent(Appendable out, int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
