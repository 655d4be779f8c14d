package dev.qakit.io.markdown;

import dev.qakit.io.internal.markdown.BodyWriter;
import dev.qakit.io.internal.markdown.Minimark;
import dev.qakit.io.internal.markdown.PageBinder;
import dev.qakit.io.internal.markdown.YamlWriter;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.ContentPaths;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Seo;
import dev.qakit.model.Sibling;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes page data as a Markdown question file (YAML frontmatter + Markdown body) that
 * {@link MarkdownReader} reads back to equal records. Immutable and thread-safe; configure with
 * {@link #builder()}.
 *
 * <pre>{@code
 * MarkdownWriter writer = MarkdownWriter.standard();
 * String markdown = writer.write(pageData);
 * Path written = writer.write(pageData, Path.of("content"));   // content/fastapi/fundamentals/async-basics.md
 * }</pre>
 *
 * <p>Frontmatter keys come in a fixed order: {@code title}, {@code description}, the declared
 * fields ({@code framework}, {@code frameworkSlug}, {@code topic}, {@code topicSlug},
 * {@code subtopic}, {@code order}, {@code difficulty}, {@code updated}, {@code seoDescription}),
 * {@code navigation}, {@code seo}, {@code related}, the {@code meta} keys (at the top level, where
 * an author wrote them), {@code questions}, then {@code qakit}. Values Nuxt Content derives are
 * left out when the derivation gives them back ({@code description} equal to the body's first
 * paragraph, {@code seo} equal to title and description, {@code navigation: true}, a title that
 * came from the file name). Strings are quoted only where YAML needs it; multi-line answers are
 * literal block scalars ({@code |}). The body follows the frontmatter: paragraphs, headings,
 * lists, task lists, tables, code fences, links, emphasis, footnotes.
 *
 * <p>What Markdown has no place for goes under the reserved key {@code qakit}:
 * {@code Page.extra} ({@code qakit.extra}) and {@code PageData.extra} ({@code qakit.data})
 * always; with {@link Builder#preservePayloadState(boolean)} also {@code __hash__}
 * ({@code qakit.hash}), {@code siblings}, a non-null {@code blog} and a {@code questionsCount}
 * that is not the number of questions, so that payload → Markdown → records is lossless.
 * The values a reader derives from where the file is ({@code id}, {@code stem}, {@code path},
 * {@code extension}, a title taken from the file name) come from the file's location when it is
 * written under an output folder; {@link #write(PageData)} does not know where its text will be
 * saved, so with payload state preserved it pins them under {@code qakit.source}, and the text
 * reads back to the same page wherever it is saved.
 * Not carried: a Shiki-highlighted code block comes back unhighlighted (its source is kept).
 */
public final class MarkdownWriter {
    private final boolean preservePayloadState;

    private MarkdownWriter(Builder b) {
        this.preservePayloadState = b.preservePayloadState;
    }

    /**
     * A builder with the defaults (payload state not preserved).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A writer with every default.
     *
     * @return the writer
     */
    public static MarkdownWriter standard() {
        return builder().build();
    }

    /**
     * A builder holding this writer's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().preservePayloadState(preservePayloadState);
    }

    /**
     * Whether {@code __hash__}, siblings, {@code blog} and a stated {@code questionsCount} are
     * written under {@code qakit}.
     *
     * @return true if payload state is preserved
     */
    public boolean preservePayloadState() {
        return preservePayloadState;
    }

    /**
     * Writes a page without siblings.
     *
     * @param page the page
     * @return the Markdown text
     */
    public String write(Page page) {
        return write(PageData.of(Objects.requireNonNull(page, "page"), List.of()));
    }

    /**
     * Writes page data.
     *
     * @param data the page data
     * @return the Markdown text: {@code ---}, the frontmatter, {@code ---}, the body
     */
    public String write(PageData data) {
        return render(data, preservePayloadState);
    }

    private String render(PageData data, boolean pinIdentity) {
        Objects.requireNonNull(data, "data");
        Page page = data.page();
        StringBuilder sb = new StringBuilder("---\n");
        sb.append(YamlWriter.write(frontmatter(data, pinIdentity)));
        sb.append("---\n");
        Body body = page.body();
        if (body != null && !body.value().isEmpty()) {
            sb.append('\n').append(BodyWriter.write(body.value()));
        }
        return sb.toString();
    }

    /**
     * Writes page data to its file under an output folder: {@code <stem>.md}, that is
     * {@code <framework>/<topic>/<page>.md} for this site family
     * ({@link #relativePath(Page)}). Folders are created; an existing file is replaced.
     *
     * @param data the page data
     * @param outputDirectory the output folder (a content root)
     * @return the file written
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the page has neither stem nor path
     */
    public Path write(PageData data, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(relativePath(data.page()));
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(target, render(data, false), StandardCharsets.UTF_8);
        return target;
    }

    /**
     * Where a page's source file goes inside a content root: its {@code stem} plus
     * {@code .md} (e.g. {@code fastapi/fundamentals/async-basics.md},
     * {@code go/concurrency/index.md}); without a stem, its {@code path} ({@code /} gives
     * {@code index.md}).
     *
     * @param page the page
     * @return the relative path, {@code /}-separated
     * @throws IllegalArgumentException if the page has neither stem nor path, or the result would
     *     leave the output folder
     */
    public static String relativePath(Page page) {
        String stem = page.stem();
        if (stem == null || stem.isBlank()) {
            String path = page.path();
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("page has neither stem nor path; cannot name its file");
            }
            stem = path.replaceAll("^/+|/+$", "");
            stem = stem.isEmpty() ? "index" : stem;
        }
        String ext = page.extension() == null || page.extension().isBlank() ? "md" : page.extension();
        for (String seg : stem.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || seg.contains("\\") || seg.contains(":")) {
                throw new IllegalArgumentException("stem '" + stem + "' is not a safe relative path");
            }
        }
        return stem + "." + ext;
    }

    private Map<String, Object> frontmatter(PageData data, boolean pinIdentity) {
        Page page = data.page();
        Map<String, Object> fm = new LinkedHashMap<>();
        List<BodyNode> nodes = page.body() == null ? List.of() : page.body().value();
        String[] heading = Minimark.contentHeading(nodes);
        String h1 = heading[0];
        Seo seo = page.seo();
        String title = page.title();
        String effectiveTitle = h1;
        boolean derivedFromFile = false;
        String writtenTitle = null;
        if (title != null) {
            String fileTitle = page.stem() == null ? null : ContentPaths.titleOf(page.stem());
            derivedFromFile = seo != null && seo.title() == null && h1 == null && title.equals(fileTitle);
            if (!derivedFromFile && !title.equals(h1)) {
                writtenTitle = title;
                effectiveTitle = title;
            }
        }
        String description = page.description();
        for (Field<Page> f : PageSchema.frontmatterOrder()) {
            switch (f.name()) {
                case "title" -> putIfPresent(fm, f.name(), writtenTitle);
                case "description" -> {
                    if (description != null && !description.equals(heading[1])) {
                        fm.put(f.name(), description);
                    }
                }
                case "navigation" -> {
                    Navigation nav = page.navigation();
                    if (nav == null) {
                        fm.put(f.name(), JsonNull.INSTANCE);
                    } else if (nav instanceof Navigation.Custom c) {
                        fm.put(f.name(), c.fields());
                    } else if (!nav.shown()) {
                        fm.put(f.name(), false);
                    }
                }
                case "seo" -> {
                    if (seo != null) {
                        Map<String, Object> s = new LinkedHashMap<>();
                        if (seo.title() != null && !seo.title().equals(effectiveTitle)) {
                            s.put("title", seo.title());
                        }
                        String effectiveDescription = description == null ? "" : description;
                        if (seo.description() != null && !seo.description().equals(effectiveDescription)) {
                            s.put("description", seo.description());
                        }
                        s.putAll(seo.extra());
                        if (!s.isEmpty()) {
                            fm.put(f.name(), s);
                        }
                    }
                }
                case "meta" -> page.meta().forEach(fm::putIfAbsent);
                case "questions" -> {
                    if (!page.questions().isEmpty()) {
                        List<Object> qs = new ArrayList<>();
                        for (Question q : page.questions()) {
                            qs.add(object(PageSchema.QUESTION, q));
                        }
                        fm.put(f.name(), qs);
                    }
                }
                default -> putIfPresent(fm, f.name(), f.get(page));
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        if (!page.extra().isEmpty()) {
            state.put("extra", page.extra());
        }
        if (!data.extra().isEmpty()) {
            state.put("data", data.extra());
        }
        if (preservePayloadState) {
            putIfPresent(state, "hash", page.hash());
            if (!data.siblings().isEmpty()) {
                List<Object> sibs = new ArrayList<>();
                for (Sibling s : data.siblings()) {
                    sibs.add(object(PageSchema.SIBLING, s));
                }
                state.put("siblings", sibs);
            }
            if (data.blog() != JsonNull.INSTANCE) {
                state.put("blog", data.blog());
            }
            if (page.questionsCount() != null && page.questionsCount() != page.questions().size()) {
                state.put("questionsCount", page.questionsCount());
            }
            if (pinIdentity) {
                Map<String, Object> source = new LinkedHashMap<>();
                putIfPresent(source, "id", page.id());
                putIfPresent(source, "stem", page.stem());
                putIfPresent(source, "path", page.path());
                putIfPresent(source, "extension", page.extension());
                if (derivedFromFile) {
                    source.put("title", title);
                }
                if (!source.isEmpty()) {
                    state.put("source", source);
                }
            }
        }
        if (!state.isEmpty()) {
            fm.put(PageBinder.STATE_KEY, state);
        }
        return fm;
    }

    /** A nested record as frontmatter: its present fields in schema order, then its unknown members. */
    private static <R> Map<String, Object> object(RecordSchema<R> schema, R value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field<R> f : schema.fields()) {
            putIfPresent(out, f.name(), f.get(value));
        }
        schema.extra(value).forEach(out::putIfAbsent);
        return out;
    }

    private static void putIfPresent(Map<String, Object> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Builds {@link MarkdownWriter}s. Not thread-safe; {@link #build()} copies. */
    public static final class Builder {
        private boolean preservePayloadState;

        private Builder() {
        }

        /**
         * Sets whether {@code __hash__}, siblings, a non-null {@code blog} and a
         * {@code questionsCount} that differs from the questions are kept under {@code qakit}
         * (default false: source files carry only what an author writes; Nuxt recomputes the
         * rest).
         *
         * @param value true to keep payload state
         * @return this builder
         */
        public Builder preservePayloadState(boolean value) {
            this.preservePayloadState = value;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a new writer
         */
        public MarkdownWriter build() {
            return new MarkdownWriter(this);
        }
    }
}
