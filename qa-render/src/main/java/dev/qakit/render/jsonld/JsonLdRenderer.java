package dev.qakit.render.jsonld;

import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.Renderer;
import dev.qakit.render.internal.Anchors;
import dev.qakit.render.internal.GoogleAnswerHtml;
import dev.qakit.render.internal.JsonLdPage;
import dev.qakit.render.internal.MarkdownHtml;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
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
 * {@code <script type="application/ld+json">} element as it is: {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are written as {@code \}{@code u} escapes, so no text can close
 * the script; otherwise strings are written as {@code JSON.stringify} writes them.
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
        List<Question> questions = data.page().questions();
        List<String> names = new ArrayList<>(questions.size());
        List<String> answers = new ArrayList<>(questions.size());
        String base = JsonLdPage.answerBase(data.page(), baseUrl);
        StringBuilder scratch = new StringBuilder(1024);
        for (Question q : questions) {
            names.add(q.question() == null ? "" : GoogleAnswerHtml.text(markdown.parseInline(q.question())));
            answers.add(JsonLdPage.answerLiteral(q.answer() == null ? null : markdown.parse(q.answer()), base, scratch));
        }
        JsonLdPage.write(data, baseUrl, names, new Anchors().forQuestions(questions), answers, out);
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
