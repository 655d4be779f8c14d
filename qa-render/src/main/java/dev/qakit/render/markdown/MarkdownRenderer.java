package dev.qakit.render.markdown;

import dev.qakit.model.Body;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.render.Renderer;
import dev.qakit.render.internal.BodyMarkdown;
import dev.qakit.render.internal.PageFacts;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The {@code markdown} renderer: a page as one readable Markdown document — a heading, a
 * metadata line, the page body, each question as a {@code ##} heading with its difficulty and
 * its answer (the answer's Markdown as written), and the sibling pages as links.
 *
 * <pre>{@code
 * String md = MarkdownRenderer.builder().includeSiblings(false).build().render(pageData);
 * }</pre>
 *
 * <p>This is a document for people, not a source file: the Markdown <em>source</em> writer
 * (frontmatter and all, for round trips) lives in {@code dev.qakit.io.markdown}. The output is
 * Markdown, not HTML: answers keep any raw HTML they contain, so whoever turns it into HTML must
 * sanitise it (as {@link dev.qakit.render.html.HtmlRenderer} does). Immutable and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {
    private final boolean includeBody;
    private final boolean includeSiblings;

    private MarkdownRenderer(Builder b) {
        this.includeBody = b.includeBody;
        this.includeSiblings = b.includeSiblings;
    }

    /**
     * A builder with the defaults (body and siblings included).
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
        return new Builder().includeBody(includeBody).includeSiblings(includeSiblings);
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(PageData data, Appendable out) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Page page = data.page();
        out.append("# ").append(oneLine(BodyMarkdown.escape(PageFacts.title(page)))).append("\n\n");
        out.append(BodyMarkdown.escape(PageFacts.summaryLine(page))).append('\n');
        Body body = page.body();
        if (includeBody && body != null) {
            String md = BodyMarkdown.of(body.value());
            if (!md.isBlank()) {
                out.append('\n').append(md).append('\n');
            }
        }
        for (Question q : page.questions()) {
            String text = q.question() == null ? "" : q.question();
            out.append("\n## ").append(oneLine(text)).append("\n\n");
            if (PageFacts.present(q.difficulty())) {
                out.append('*').append(BodyMarkdown.escape(q.difficulty().strip())).append("*\n\n");
            }
            String answer = q.answer() == null ? "" : q.answer().strip();
            if (!answer.isEmpty()) {
                out.append(answer.replace("\r\n", "\n")).append('\n');
            }
        }
        List<Sibling> siblings = data.siblings();
        if (includeSiblings && !siblings.isEmpty()) {
            String topic = PageFacts.present(page.topic()) ? page.topic() : "this topic";
            out.append("\n---\n\n**More in ").append(BodyMarkdown.escape(topic)).append(":**\n\n");
            String current = PageFacts.route(page);
            for (Sibling s : siblings) {
                String label = BodyMarkdown.escape(PageFacts.present(s.subtopic()) ? s.subtopic()
                        : s.path() == null ? "(untitled)" : s.path());
                out.append("- ");
                if (s.path() != null && s.path().equals(current)) {
                    out.append("**").append(label).append("** (this page)");
                } else if (s.path() != null) {
                    out.append('[').append(label).append("](").append(s.path().replace(" ", "%20")).append(')');
                } else {
                    out.append(label);
                }
                out.append('\n');
            }
        }
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public String toString() {
        return "MarkdownRenderer[includeBody=" + includeBody + ", includeSiblings=" + includeSiblings + "]";
    }

    /**
     * Builds {@link MarkdownRenderer}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private boolean includeBody = true;
        private boolean includeSiblings = true;

        private Builder() {
        }

        /**
         * Sets whether the page body is written before the questions. Defaults to {@code true}.
         *
         * @param value true to include it
         * @return this builder
         */
        public Builder includeBody(boolean value) {
            this.includeBody = value;
            return this;
        }

        /**
         * Sets whether the sibling pages are listed at the end. Defaults to {@code true}.
         *
         * @param value true to include them
         * @return this builder
         */
        public Builder includeSiblings(boolean value) {
            this.includeSiblings = value;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }
}
