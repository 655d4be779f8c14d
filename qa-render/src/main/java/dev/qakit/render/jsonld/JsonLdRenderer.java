package dev.qakit.render.jsonld;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.Renderer;
import dev.qakit.render.internal.Anchors;
import dev.qakit.render.internal.GoogleAnswerHtml;
import dev.qakit.render.internal.JsonText;
import dev.qakit.render.internal.MarkdownHtml;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code jsonld} renderer: schema.org structured data for a question page, as a
 * <a href="https://schema.org/FAQPage">{@code FAQPage}</a> whose {@code mainEntity} lists one
 * {@code Question} per question, each with its {@code acceptedAnswer}.
 *
 * <pre>{@code
 * JsonLdRenderer jsonLd = JsonLdRenderer.builder().baseUrl("https://example.com").build();
 * String json = jsonLd.render(pageData);
 * }</pre>
 *
 * <h2>Why {@code FAQPage} and not {@code QAPage}</h2>
 * Google's guidance (Search Central, "FAQ (FAQPage, Question, Answer) structured data" and
 * "Q&amp;A (QAPage) structured data") reserves {@code QAPage} for a page about <em>one</em>
 * question to which <em>users</em> submit answers (a forum or support thread) and says not to
 * use it for FAQ pages the site wrote itself; {@code FAQPage} is for a page holding a list of
 * questions with answers written by the site. An interview-question page is the latter: many
 * questions, one authored answer each, no user answers, votes or authors. Note that since
 * August 2023 Google shows FAQ rich results only for well-known government and health sites:
 * for other sites this markup stays valid and machine-readable (crawlers, answer engines) but
 * earns no rich result.
 *
 * <h2>Content</h2>
 * {@code name} is the question's visible text (its inline Markdown rendered, tags removed);
 * {@code Answer.text} is the answer rendered as safe HTML and reduced to the tags Google
 * displays ({@code h1}–{@code h6}, {@code br}, {@code ol}, {@code ul}, {@code li}, {@code a},
 * {@code p}, {@code div}, {@code b}, {@code strong}, {@code i}, {@code em}); code blocks become
 * text with line breaks. The output is escaped so that it can be embedded in an HTML
 * {@code <script type="application/ld+json">} element as it is: {@code <}, {@code >} and
 * {@code &} are written as {@code \}{@code u} escapes, so no text can close the script.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLdRenderer implements Renderer {
    private final @Nullable String baseUrl;
    private final MarkdownHtml markdown = new MarkdownHtml(false);

    private JsonLdRenderer(Builder b) {
        this.baseUrl = b.baseUrl;
    }

    /**
     * A builder with the defaults (no base URL).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this renderer's options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().baseUrl(baseUrl);
    }

    /**
     * The site's base URL, if set.
     *
     * @return the base URL without a trailing slash, or null
     */
    public @Nullable String baseUrl() {
        return baseUrl;
    }

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    @Override
    public void render(PageData data, Appendable out) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Page page = data.page();
        String pageUrl = pageUrl(page);
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
        List<String> anchors = new Anchors().forQuestions(questions);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            member(out, 3, "@type", "Question", true);
            member(out, 3, "name", questionName(q), true);
            if (pageUrl != null) {
                member(out, 3, "url", pageUrl + "#" + anchors.get(i), true);
            }
            out.append("      \"acceptedAnswer\": {\n");
            member(out, 4, "@type", "Answer", true);
            member(out, 4, "text", answerText(q, pageUrl), false);
            out.append("      }\n    }");
        }
        out.append(questions.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    }

    /**
     * The visible text of a question ({@code name}).
     *
     * @param question the question
     * @return the text
     */
    String questionName(Question question) {
        String q = question.question();
        return q == null ? "" : GoogleAnswerHtml.text(markdown.inlineHtml(q));
    }

    private String answerText(Question question, @Nullable String pageUrl) {
        String a = question.answer();
        if (a == null) {
            return "";
        }
        return GoogleAnswerHtml.reduce(markdown.answerHtml(a, new Anchors(), 0), pageUrl == null ? "" : pageUrl);
    }

    private @Nullable String pageUrl(Page page) {
        if (baseUrl == null) {
            return null;
        }
        String path = page.path();
        if (path == null && page.stem() != null) {
            path = dev.qakit.model.ContentPaths.routeOf(page.stem());
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
        out.append("  ".repeat(depth));
        JsonText.quote(key, out);
        out.append(": ");
        JsonText.quote(value, out);
        out.append(comma ? ",\n" : "\n");
    }

    @Override
    public String toString() {
        return "JsonLdRenderer[baseUrl=" + baseUrl + "]";
    }

    /**
     * Builds {@link JsonLdRenderer}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private @Nullable String baseUrl;

        private Builder() {
        }

        /**
         * Sets the site's absolute base URL ({@code https://example.com}); pages then get a
         * {@code url} (base + route) and each question the page URL with its anchor, and
         * relative links in answers are resolved against the page. Defaults to none: no
         * {@code url} members, relative links dropped from answers.
         *
         * @param value an absolute http or https URL, or null for none
         * @return this builder
         * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
         */
        public Builder baseUrl(@Nullable String value) {
            if (value == null) {
                this.baseUrl = null;
                return this;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, got '" + value + "'");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, got '" + value + "'", e);
            }
            this.baseUrl = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public JsonLdRenderer build() {
            return new JsonLdRenderer(this);
        }
    }
}
