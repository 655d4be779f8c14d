package dev.qakit.render.html;

import dev.qakit.model.Body;
import dev.qakit.model.ContentPaths;
import dev.qakit.model.Difficulty;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.render.internal.Anchors;
import dev.qakit.render.internal.BodyHtml;
import dev.qakit.render.internal.GoogleAnswerHtml;
import dev.qakit.render.internal.HtmlText;
import dev.qakit.render.internal.JsonLdPage;
import dev.qakit.render.internal.MarkdownHtml;
import dev.qakit.render.internal.UrlPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/** Writes one page: the per-call state of {@link HtmlRenderer}. */
final class HtmlPageWriter {
    private final HtmlRenderer options;
    private final PageData data;
    private final Page page;
    private final PageLinks links;
    private final Appendable out;
    private final Anchors anchors = new Anchors();
    private final MarkdownHtml markdown;
    /**
     * Each question's text as inline HTML and its visible text, each parsed once, and its
     * anchor (taken first, before any heading's).
     */
    private final List<String> questionHtml;
    private final List<String> questionText;
    private final List<String> ids;
    /**
     * When the JSON-LD is embedded: each answer's HTML and its JSON-LD text as a JSON literal
     * ({@link JsonLdPage#answerLiteral}), made from one parse before the head is written; no parsed tree is kept (a
     * page's trees together cost more to keep than the text rendered from them). Else empty:
     * answers are parsed and written one at a time.
     */
    private final List<@Nullable String> answerHtml;
    private final List<String> answerJson;

    HtmlPageWriter(HtmlRenderer options, PageData data, PageLinks links, Appendable out) throws IOException {
        this.options = options;
        this.data = data;
        this.page = data.page();
        this.links = links;
        this.out = out;
        this.markdown = options.markdown();
        List<Question> questions = page.questions();
        this.questionHtml = new ArrayList<>(questions.size());
        this.questionText = new ArrayList<>(questions.size());
        for (Question q : questions) {
            if (q.question() == null) {
                questionHtml.add("");
                questionText.add("");
            } else {
                Node inline = markdown.parseInline(q.question());
                String html = markdown.inlineHtml(inline);
                questionHtml.add(html);
                // with raw HTML allowed, the text is what the raw HTML shows
                questionText.add(options.allowsRawHtml() ? GoogleAnswerHtml.text(html) : GoogleAnswerHtml.text(inline));
            }
        }
        this.ids = anchors.forQuestions(questions);
        boolean jsonLd = options.layout() == HtmlLayout.DOCUMENT && options.embedJsonLd();
        this.answerHtml = new ArrayList<>(jsonLd ? questions.size() : 0);
        this.answerJson = new ArrayList<>(jsonLd ? questions.size() : 0);
        if (jsonLd) {
            String base = JsonLdPage.answerBase(page, options.jsonLd().baseUrl());
            StringBuilder html = new StringBuilder(1024);
            StringBuilder json = new StringBuilder(1024);
            for (Question q : questions) {
                if (q.answer() == null) {
                    answerHtml.add(null);
                    answerJson.add(JsonLdPage.answerLiteral(null, base, json));
                } else {
                    Node answer = markdown.parse(q.answer());
                    html.setLength(0);
                    markdown.answerHtml(answer, anchors, 2, this::contentLink, html);
                    answerHtml.add(html.toString());
                    answerJson.add(JsonLdPage.answerLiteral(answer, base, json));
                }
            }
        }
    }

    void write() throws IOException {
        if (options.layout() == HtmlLayout.FRAGMENT) {
            article();
            return;
        }
        out.append("<!DOCTYPE html>\n<html lang=\"").append(options.lang()).append("\">\n<head>\n");
        out.append("<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        String csp = options.contentSecurityPolicy();
        if (csp != null) {
            out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlText.escape(csp)).append("\">\n");
        }
        out.append("<title>").append(esc(documentTitle())).append("</title>\n");
        String description = firstNonBlank(page.seoDescription(), page.description());
        if (description != null) {
            out.append("<meta name=\"description\" content=\"").append(esc(description)).append("\">\n");
        }
        Optional<String> css = links.stylesheetHref();
        if (css.isPresent()) {
            out.append("<link rel=\"stylesheet\" href=\"").append(esc(UrlPolicy.sanitize(css.get()))).append("\">\n");
        } else {
            out.append("<style>\n").append(HtmlRenderer.defaultStylesheet()).append("</style>\n");
        }
        if (options.embedJsonLd()) {
            out.append("<script type=\"application/ld+json\">\n");
            JsonLdPage.write(data, options.jsonLd().baseUrl(), questionText, ids, answerJson, out);
            out.append("</script>\n");
        }
        out.append("</head>\n<body>\n");
        Optional<String> index = links.indexHref();
        if (index.isPresent()) {
            out.append("<header class=\"site-header\"><a href=\"").append(esc(UrlPolicy.sanitize(index.get())))
                    .append("\">All questions</a></header>\n");
        }
        out.append("<div class=\"layout\">\n");
        siblings();
        out.append("<main>\n");
        article();
        out.append("</main>\n</div>\n</body>\n</html>\n");
    }

    private String documentTitle() {
        String title = title();
        return page.framework() == null || page.framework().isBlank() ? title : title + " · " + page.framework();
    }

    private String title() {
        String t = page.title();
        if (t != null && !t.isBlank()) {
            return t;
        }
        return page.subtopic() != null && !page.subtopic().isBlank() ? page.subtopic() : "Untitled page";
    }

    private void siblings() throws IOException {
        List<Sibling> siblings = data.siblings();
        if (siblings.isEmpty()) {
            return;
        }
        String topic = page.topic() == null || page.topic().isBlank() ? "Pages" : page.topic();
        out.append("<nav class=\"siblings\" aria-label=\"").append(esc(topic)).append("\">\n");
        out.append("<h2>").append(esc(topic)).append("</h2>\n<ol>\n");
        String current = route();
        for (Sibling s : siblings) {
            String label = s.subtopic() != null && !s.subtopic().isBlank() ? s.subtopic()
                    : s.path() != null ? s.path() : "(untitled)";
            boolean isCurrent = s.path() != null && s.path().equals(current);
            out.append("<li>");
            Optional<String> href = s.path() == null ? Optional.empty() : links.pageHref(s.path()).map(UrlPolicy::sanitize);
            if (href.isPresent()) {
                out.append("<a href=\"").append(esc(href.get())).append('"');
                if (isCurrent) {
                    out.append(" aria-current=\"page\"");
                }
                out.append('>').append(esc(label)).append("</a>");
            } else if (isCurrent) {
                out.append("<span aria-current=\"page\">").append(esc(label)).append("</span>");
            } else {
                out.append("<span>").append(esc(label)).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private @Nullable String route() {
        if (page.path() != null) {
            return page.path();
        }
        return page.stem() == null ? null : ContentPaths.routeOf(page.stem());
    }

    private void article() throws IOException {
        List<Question> questions = page.questions();
        out.append("<article class=\"qa-page\">\n<header class=\"page-header\">\n");
        if (present(page.framework()) || present(page.topic())) {
            out.append("<p class=\"breadcrumb\">");
            if (present(page.framework())) {
                out.append("<span class=\"framework\">").append(esc(page.framework())).append("</span>");
            }
            if (present(page.framework()) && present(page.topic())) {
                // an entity: the page's own markup stays Latin-1, so that a StringBuilder receiving
                // an ASCII page keeps one byte a character
                out.append(" <span aria-hidden=\"true\">&rsaquo;</span> ");
            }
            if (present(page.topic())) {
                out.append("<span class=\"topic\">").append(esc(page.topic())).append("</span>");
            }
            out.append("</p>\n");
        }
        out.append("<h1>").append(esc(title())).append("</h1>\n");
        metadata(questions.size());
        out.append("</header>\n");
        Body body = page.body();
        if (body != null && !body.value().isEmpty()) {
            out.append("<div class=\"page-body\">\n");
            BodyHtml.write(body.value(), options.allowsRawHtml(), this::contentLink, out);
            out.append("\n</div>\n");
        }
        if (!questions.isEmpty()) {
            out.append("<nav class=\"question-list\" aria-label=\"Questions\">\n<ol>\n");
            for (int i = 0; i < questions.size(); i++) {
                out.append("<li><a href=\"#").append(esc(ids.get(i))).append("\">")
                        .append(esc(questionText.get(i)))
                        .append("</a></li>\n");
            }
            out.append("</ol>\n</nav>\n");
        }
        for (int i = 0; i < questions.size(); i++) {
            question(questions.get(i), i, ids.get(i));
        }
        out.append("</article>\n");
    }

    private void metadata(int count) throws IOException {
        out.append("<dl class=\"page-meta\">\n");
        if (present(page.framework())) {
            item("Framework", esc(page.framework()));
        }
        if (present(page.topic())) {
            item("Topic", esc(page.topic()));
        }
        if (present(page.difficulty())) {
            item("Difficulty", difficultyBadge(page.difficulty()));
        }
        if (present(page.updated())) {
            String u = esc(page.updated());
            item("Updated", page.updatedDate().isPresent() ? "<time datetime=\"" + u + "\">" + u + "</time>" : u);
        }
        item("Questions", Integer.toString(count));
        out.append("</dl>\n");
    }

    private void item(String term, String html) throws IOException {
        out.append("<div><dt>").append(term).append("</dt><dd>").append(html).append("</dd></div>\n");
    }

    private void question(Question q, int index, String id) throws IOException {
        String anchor = esc(id);
        out.append("<section class=\"question\" id=\"").append(anchor).append("\">\n");
        out.append("<h2><span class=\"question-text\">").append(questionHtml.get(index)).append("</span> <a class=\"self-link\" href=\"#")
                .append(anchor).append("\" aria-label=\"Link to this question\">#</a></h2>\n");
        if (present(q.difficulty())) {
            out.append("<p class=\"question-meta\">").append(difficultyBadge(q.difficulty())).append("</p>\n");
        }
        out.append("<div class=\"answer\">\n");
        if (!answerHtml.isEmpty()) {
            String html = answerHtml.get(index);
            if (html != null) {
                out.append(html);
            }
        } else if (q.answer() != null) {
            markdown.answerHtml(markdown.parse(q.answer()), anchors, 2, this::contentLink, out);
        }
        out.append("</div>\n</section>\n");
    }

    /** A link in content: site routes ({@code /go/concurrency#x}) go through the page links. */
    private String contentLink(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return href;
        }
        int hash = href.indexOf('#');
        String route = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        int query = route.indexOf('?');
        if (query >= 0) {
            route = route.substring(0, query);
        }
        return links.pageHref(route).map(UrlPolicy::sanitize).map(h -> h + fragment).orElse(href);
    }

    private static String difficultyBadge(@Nullable String difficulty) {
        Optional<Difficulty> level = Difficulty.parse(difficulty);
        String cls = level.map(d -> "difficulty difficulty-" + d.slug()).orElse("difficulty");
        return "<span class=\"" + cls + "\">" + esc(Objects.requireNonNull(difficulty)) + "</span>";
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        return present(a) ? a : present(b) ? b : null;
    }

    private static String esc(@Nullable String s) {
        return s == null ? "" : HtmlText.escape(s);
    }
}
