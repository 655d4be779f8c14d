package dev.qakit.render.text;

import dev.qakit.model.Body;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.Renderer;
import dev.qakit.render.internal.BodyMarkdown;
import dev.qakit.render.internal.MarkdownHtml;
import dev.qakit.render.internal.PageFacts;
import dev.qakit.render.internal.PlainText;
import java.io.IOException;
import java.util.Objects;

/**
 * The {@code text} renderer: a page as plain text for search indexes, embeddings and
 * text-to-speech. No markup at all (no Markdown syntax, no HTML tags; raw HTML in answers is
 * reduced to its text, scripts and styles dropped); code is kept verbatim.
 *
 * <pre>{@code
 * String text = PlainTextRenderer.builder().build().render(pageData);
 * }</pre>
 *
 * <p>Layout: unless {@link Builder#includeHeader(boolean) turned off}, a header block (the
 * title, a summary line, the page body); then one block per question — the question on its
 * first line, the answer below it. Blocks are separated by two empty lines; inside a block,
 * paragraphs, lists, tables (cells joined by {@code " | "}) and code are separated by one.
 * Immutable and thread-safe.
 */
public final class PlainTextRenderer implements Renderer {
    private final boolean includeHeader;
    private final MarkdownHtml markdown = new MarkdownHtml(false);

    private PlainTextRenderer(Builder b) {
        this.includeHeader = b.includeHeader;
    }

    /**
     * A builder with the defaults (header included).
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
        return new Builder().includeHeader(includeHeader);
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void render(PageData data, Appendable out) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Page page = data.page();
        boolean first = true;
        if (includeHeader) {
            out.append(PageFacts.title(page).strip()).append('\n').append(PageFacts.summaryLine(page)).append('\n');
            Body body = page.body();
            if (body != null) {
                String text = PlainText.of(markdown.parse(BodyMarkdown.of(body.value())));
                if (!text.isBlank()) {
                    out.append('\n').append(text).append('\n');
                }
            }
            first = false;
        }
        for (Question q : page.questions()) {
            if (!first) {
                out.append("\n\n");
            }
            first = false;
            String question = q.question() == null ? "" : PlainText.of(markdown.parseInline(q.question()));
            out.append(question.replaceAll("\\s*\\R\\s*", " ").strip()).append('\n');
            if (q.answer() != null) {
                String answer = PlainText.of(markdown.parse(q.answer()));
                if (!answer.isBlank()) {
                    out.append(answer).append('\n');
                }
            }
        }
    }

    @Override
    public String toString() {
        return "PlainTextRenderer[includeHeader=" + includeHeader + "]";
    }

    /**
     * Builds {@link PlainTextRenderer}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private boolean includeHeader = true;

        private Builder() {
        }

        /**
         * Sets whether a header block (title, summary line, page body) comes before the
         * questions. Defaults to {@code true}; without it the output is the question blocks only.
         *
         * @param value true to include it
         * @return this builder
         */
        public Builder includeHeader(boolean value) {
            this.includeHeader = value;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public PlainTextRenderer build() {
            return new PlainTextRenderer(this);
        }
    }
}
