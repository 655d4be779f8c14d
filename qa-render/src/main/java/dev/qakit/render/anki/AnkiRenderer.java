package dev.qakit.render.anki;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.Renderer;
import dev.qakit.render.internal.Anchors;
import dev.qakit.render.internal.MarkdownHtml;
import dev.qakit.render.internal.PageFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code anki} renderer: a page as an Anki deck that Anki (2.1.54 or later) imports
 * directly, one note per question.
 *
 * <pre>{@code
 * String deck = AnkiRenderer.builder().deck("Interview prep").build().render(pageData);
 * Files.writeString(Path.of("async-basics.tsv"), deck);   // File > Import in Anki
 * }</pre>
 *
 * <p>The file is UTF-8 text following the Anki manual's "Importing text files": header lines
 * {@code #separator:tab}, {@code #html:true}, {@code #notetype:Basic},
 * {@code #columns:GUID	Deck	Front	Back	Tags}, {@code #guid column:1},
 * {@code #deck column:2} and {@code #tags column:5}; then one line per note with five
 * tab-separated fields:
 * <ol>
 *   <li>a GUID: a hash of the page's route and the question's id, so that importing a newer
 *       version of the deck updates the notes instead of duplicating them;</li>
 *   <li>the deck: {@code <deck>::<framework>::<topic>};</li>
 *   <li>the front: the question as safe HTML;</li>
 *   <li>the back: the answer as safe HTML (the same rendering as
 *       {@link dev.qakit.render.html.HtmlRenderer}'s, raw HTML escaped, unsafe URLs
 *       neutralised — Anki shows fields in a web view that runs scripts);</li>
 *   <li>the tags, space-separated: the framework slug ({@code fastapi}), framework and topic
 *       ({@code fastapi::fundamentals}) and the question's difficulty
 *       ({@code difficulty::easy}).</li>
 * </ol>
 * A field that holds a tab, a line break or a double quote is written in double quotes with
 * inner quotes doubled, as the manual prescribes. Immutable and thread-safe.
 */
public final class AnkiRenderer implements Renderer {
    /** The default root deck name. */
    public static final String DEFAULT_DECK = "Interview questions";

    private final String deck;
    private final MarkdownHtml markdown = new MarkdownHtml(false);

    private AnkiRenderer(Builder b) {
        this.deck = b.deck;
    }

    /**
     * A builder with the defaults (root deck {@value #DEFAULT_DECK}).
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
        return new Builder().deck(deck);
    }

    /**
     * The root deck name.
     *
     * @return the deck
     */
    public String deck() {
        return deck;
    }

    @Override
    public String name() {
        return "anki";
    }

    @Override
    public String mediaType() {
        return "text/tab-separated-values";
    }

    @Override
    public String fileExtension() {
        return "tsv";
    }

    @Override
    public void render(PageData data, Appendable out) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Page page = data.page();
        out.append("#separator:tab\n#html:true\n#notetype:Basic\n#columns:GUID\tDeck\tFront\tBack\tTags\n")
                .append("#guid column:1\n#deck column:2\n#tags column:5\n");
        String route = PageFacts.route(page);
        String pageKey = route != null ? route : PageFacts.title(page);
        List<String> anchors = new Anchors().forQuestions(page.questions());
        String noteDeck = deckOf(page);
        for (int i = 0; i < page.questions().size(); i++) {
            Question q = page.questions().get(i);
            field(out, guid(pageKey + "#" + anchors.get(i)));
            out.append('\t');
            field(out, noteDeck);
            out.append('\t');
            field(out, q.question() == null ? "" : markdown.inlineHtml(q.question()));
            out.append('\t');
            field(out, q.answer() == null ? "" : markdown.answerHtml(q.answer(), new Anchors(), 2).strip());
            out.append('\t');
            field(out, String.join(" ", tags(page, q)));
            out.append('\n');
        }
    }

    private String deckOf(Page page) {
        StringBuilder sb = new StringBuilder(deck);
        for (String part : new String[] {page.framework(), page.topic()}) {
            if (PageFacts.present(part)) {
                sb.append("::").append(part.replace("::", ":").replaceAll("\\s+", " ").strip());
            }
        }
        return sb.toString();
    }

    private static List<String> tags(Page page, Question q) {
        List<String> tags = new ArrayList<>();
        String framework = tag(PageFacts.present(page.frameworkSlug()) ? page.frameworkSlug() : page.framework());
        String topic = tag(PageFacts.present(page.topicSlug()) ? page.topicSlug() : page.topic());
        if (framework != null) {
            tags.add(framework);
            if (topic != null) {
                tags.add(framework + "::" + topic);
            }
        } else if (topic != null) {
            tags.add(topic);
        }
        String difficulty = tag(PageFacts.present(q.difficulty()) ? q.difficulty() : page.difficulty());
        if (difficulty != null) {
            tags.add("difficulty::" + difficulty);
        }
        return tags;
    }

    private static @Nullable String tag(@Nullable String s) {
        if (!PageFacts.present(s)) {
            return null;
        }
        String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\"]+", "-").replace("::", "-");
        return t.isEmpty() ? null : t;
    }

    /**
     * A stable note GUID: the first 12 bytes of the SHA-256 of a key, base64url (16 characters).
     *
     * @param key the key (route and question anchor)
     * @return the GUID
     */
    static String guid(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }

    /**
     * Writes one field, quoted when it holds a tab, a line break or a double quote.
     *
     * @param out where to write
     * @param value the field
     * @throws IOException if {@code out} fails
     */
    static void field(Appendable out, String value) throws IOException {
        if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('"') >= 0) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            out.append(value);
        }
    }

    @Override
    public String toString() {
        return "AnkiRenderer[deck=" + deck + "]";
    }

    /**
     * Builds {@link AnkiRenderer}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private String deck = DEFAULT_DECK;

        private Builder() {
        }

        /**
         * Sets the root deck; notes go to {@code <deck>::<framework>::<topic>}. Defaults to
         * {@value AnkiRenderer#DEFAULT_DECK}.
         *
         * @param value the deck name ({@code ::} separates sub-decks)
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or holds a tab, line break or
         *     double quote
         */
        public Builder deck(String value) {
            Objects.requireNonNull(value, "deck");
            if (value.isBlank() || value.matches("(?s).*[\\t\\r\\n\"].*")) {
                throw new IllegalArgumentException("deck must be a non-blank name without tabs, line breaks or quotes, got '" + value + "'");
            }
            this.deck = value.strip();
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public AnkiRenderer build() {
            return new AnkiRenderer(this);
        }
    }
}
