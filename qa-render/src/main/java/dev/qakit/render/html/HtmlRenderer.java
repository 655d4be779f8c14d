package dev.qakit.render.html;

import dev.qakit.model.PageData;
import dev.qakit.render.Renderer;
import dev.qakit.render.internal.MarkdownHtml;
import dev.qakit.render.jsonld.JsonLdRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code html} renderer: a question page as a complete HTML document or as a fragment.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder().layout(HtmlLayout.FRAGMENT).build();
 * String article = html.render(pageData);
 * }</pre>
 *
 * <p>The page shows its title, framework, topic, difficulty, update date and question count;
 * the page body (minimark); a list of its questions; then each question in a
 * {@code <section>} whose {@code id} is the question's {@code id} (stable when its text
 * changes; a repeated id gets {@code -2}, a missing one {@code question-N}) with a link to
 * itself, its difficulty and its answer. Answers are Markdown rendered by commonmark-java
 * with GFM tables, strikethrough, autolinks and heading anchors (headings pushed two levels
 * down, below the question's {@code h2}); fenced code becomes
 * {@code <pre><code class="language-python">}, the rest of the info string is kept as
 * {@code data-meta}. A document also lists the siblings as navigation (the current page
 * marked {@code aria-current="page"}), embeds the page's {@link JsonLdRenderer JSON-LD} and
 * a stylesheet (readable tables and code, light and dark).
 *
 * <h2>Safety</h2>
 * By default no content can run code in a browser: raw HTML in answers, questions and every
 * other field is escaped (shown as text); link and image targets other than http, https,
 * mailto and relative URLs ({@code javascript:}, {@code vbscript:}, {@code data:}, …) are
 * replaced by a harmless fragment; the minimark body loses scripting elements and
 * {@code on*} attributes; and documents carry a {@link #DEFAULT_CONTENT_SECURITY_POLICY
 * content security policy} that forbids scripts. Only
 * {@link Builder#unsafeAllowRawHtml(boolean)} turns this off, for content you trust.
 *
 * <p>Immutable and thread-safe; per-call state lives in the call.
 */
public final class HtmlRenderer implements Renderer {
    /**
     * The content security policy documents carry by default: no scripts, plugins, base URL
     * changes or form posts. JSON-LD is data, not script, and is not affected.
     */
    public static final String DEFAULT_CONTENT_SECURITY_POLICY =
            "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    private static final String STYLESHEET = loadStylesheet();

    private final HtmlLayout layout;
    private final boolean rawHtml;
    private final boolean embedJsonLd;
    private final @Nullable String contentSecurityPolicy;
    private final boolean cspSet;
    private final String lang;
    private final JsonLdRenderer jsonLd;
    private final MarkdownHtml markdown;

    private HtmlRenderer(Builder b) {
        this.layout = b.layout;
        this.rawHtml = b.rawHtml;
        this.embedJsonLd = b.embedJsonLd;
        this.cspSet = b.cspSet;
        this.contentSecurityPolicy = b.cspSet ? b.contentSecurityPolicy : (b.rawHtml ? null : DEFAULT_CONTENT_SECURITY_POLICY);
        this.lang = b.lang;
        this.jsonLd = b.jsonLd;
        this.markdown = new MarkdownHtml(b.rawHtml);
    }

    /**
     * A builder with the defaults: a safe, complete document with JSON-LD, language
     * {@code en}.
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
        Builder b = new Builder().layout(layout).unsafeAllowRawHtml(rawHtml).embedJsonLd(embedJsonLd).lang(lang)
                .jsonLd(jsonLd);
        if (cspSet) {
            b.contentSecurityPolicy(contentSecurityPolicy);
        }
        return b;
    }

    /**
     * The default stylesheet that documents inline or link: readable tables and code blocks,
     * light and dark colour schemes.
     *
     * @return the CSS text
     */
    public static String defaultStylesheet() {
        return STYLESHEET;
    }

    /**
     * The layout.
     *
     * @return the layout
     */
    public HtmlLayout layout() {
        return layout;
    }

    /**
     * Whether raw HTML passes through unescaped (unsafe).
     *
     * @return true if raw HTML is allowed
     */
    public boolean allowsRawHtml() {
        return rawHtml;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /**
     * Renders a page with links by route ({@link PageLinks#routes()}).
     *
     * @param page the page and its siblings
     * @param out where the output goes; not closed
     * @throws IOException if {@code out} fails
     */
    @Override
    public void render(PageData page, Appendable out) throws IOException {
        render(page, PageLinks.routes(), out);
    }

    /**
     * Renders a page with the given links (a static site links its files relatively).
     *
     * @param page the page and its siblings
     * @param links where links point
     * @param out where the output goes; not closed
     * @throws IOException if {@code out} fails
     */
    public void render(PageData page, PageLinks links, Appendable out) throws IOException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(out, "out");
        new HtmlPageWriter(this, page, links, out).write();
    }

    MarkdownHtml markdown() {
        return markdown;
    }

    boolean embedJsonLd() {
        return embedJsonLd;
    }

    @Nullable String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    String lang() {
        return lang;
    }

    JsonLdRenderer jsonLd() {
        return jsonLd;
    }

    @Override
    public String toString() {
        return "HtmlRenderer[layout=" + layout + (rawHtml ? ", UNSAFE raw HTML allowed" : "") + "]";
    }

    private static String loadStylesheet() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("qakit.css")) {
            if (in == null) {
                throw new IllegalStateException("qakit.css is missing from the qa-render jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds {@link HtmlRenderer}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private HtmlLayout layout = HtmlLayout.DOCUMENT;
        private boolean rawHtml;
        private boolean embedJsonLd = true;
        private @Nullable String contentSecurityPolicy;
        private boolean cspSet;
        private String lang = "en";
        private JsonLdRenderer jsonLd = JsonLdRenderer.builder().build();

        private Builder() {
        }

        /**
         * Sets the layout. Defaults to {@link HtmlLayout#DOCUMENT}.
         *
         * @param value the layout
         * @return this builder
         */
        public Builder layout(HtmlLayout value) {
            this.layout = Objects.requireNonNull(value, "layout");
            return this;
        }

        /**
         * <b>Unsafe</b>: lets raw HTML in content through unescaped, leaves every URL as
         * written and keeps scripts, styles, event handlers and every other element and
         * attribute of the page body. Content can then run code in the reader's browser: use
         * it only for content you wrote yourself. Also leaves out the default content
         * security policy (unless one is set explicitly). Defaults to {@code false}.
         *
         * @param value true to allow raw HTML
         * @return this builder
         */
        public Builder unsafeAllowRawHtml(boolean value) {
            this.rawHtml = value;
            return this;
        }

        /**
         * Sets whether documents embed the page's JSON-LD in their head. Defaults to
         * {@code true}; fragments never embed it.
         *
         * @param value true to embed
         * @return this builder
         */
        public Builder embedJsonLd(boolean value) {
            this.embedJsonLd = value;
            return this;
        }

        /**
         * Sets the content security policy documents declare in a {@code <meta>} element.
         * Defaults to {@link HtmlRenderer#DEFAULT_CONTENT_SECURITY_POLICY}, or to none when
         * raw HTML is allowed.
         *
         * @param value the policy, or null for none
         * @return this builder
         * @throws IllegalArgumentException if the policy contains a line break or a quote
         */
        public Builder contentSecurityPolicy(@Nullable String value) {
            if (value != null && (value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
                throw new IllegalArgumentException("contentSecurityPolicy must not contain quotes or line breaks, got '" + value + "'");
            }
            this.contentSecurityPolicy = value;
            this.cspSet = true;
            return this;
        }

        /**
         * Sets the document's language ({@code <html lang>}). Defaults to {@code en}.
         *
         * @param value a BCP 47 language tag such as {@code en} or {@code pt-BR}
         * @return this builder
         * @throws IllegalArgumentException if the value is not a language tag
         */
        public Builder lang(String value) {
            Objects.requireNonNull(value, "lang");
            if (!value.matches("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")) {
                throw new IllegalArgumentException("lang must be a language tag such as 'en', got '" + value + "'");
            }
            this.lang = value;
            return this;
        }

        /**
         * Sets the JSON-LD renderer whose output documents embed (for a base URL). Defaults
         * to {@code JsonLdRenderer.builder().build()}.
         *
         * @param value the renderer
         * @return this builder
         */
        public Builder jsonLd(JsonLdRenderer value) {
            this.jsonLd = Objects.requireNonNull(value, "jsonLd");
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}
