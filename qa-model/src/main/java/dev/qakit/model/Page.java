package dev.qakit.model;

import dev.qakit.model.constraints.DifficultyName;
import dev.qakit.model.constraints.IsoDate;
import dev.qakit.model.constraints.PathMatchesStem;
import dev.qakit.model.constraints.QuestionsCountMatches;
import dev.qakit.model.constraints.RoutePath;
import dev.qakit.model.constraints.Slug;
import dev.qakit.model.constraints.UniqueQuestionIds;
import dev.qakit.model.internal.IsoDates;
import dev.qakit.model.internal.OrderedMaps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question page: a Nuxt Content 3 document of a {@code page} collection plus the fields this
 * site family declares ({@code framework}, {@code questions}, …).
 *
 * <p>Components follow the payload's field order (Nuxt Content's: {@code id}, {@code title},
 * {@code body}, {@code description}, the rest alphabetically, {@code __hash__} last).
 * Scalars are nullable: a page that lacks a value still loads, and validation reports it.
 * Build one with {@link #builder()}; derive with {@link #toBuilder()}.
 *
 * <pre>{@code
 * Page page = Page.builder()
 *         .title("Async Basics").stem("fastapi/fundamentals/async-basics")
 *         .path("/fastapi/fundamentals/async-basics")
 *         .questions(List.of(Question.of("what-is-async-await", "easy", "What is …?", "It is …")))
 *         .build();
 * }</pre>
 *
 * @param id Nuxt Content's document id: {@code <collection>/<file path with extension>}, e.g. {@code qa/fastapi/fundamentals/async-basics.md}
 * @param title the page title
 * @param body the parsed Markdown body, or null when absent
 * @param description the description (frontmatter, else the first paragraph, else {@code ""})
 * @param difficulty the page's overall difficulty: {@code easy}, {@code medium} or {@code hard}, as written
 * @param extension the source file's extension, {@code md}
 * @param framework the framework's display name ({@code FastAPI})
 * @param frameworkSlug the framework's URL segment ({@code fastapi})
 * @param meta frontmatter keys the collection schema does not declare, in order
 * @param navigation the navigation setting, or null when absent
 * @param order the page's position within its topic, from 1
 * @param path the route, {@code /} + the stem with Nuxt Content's path rules applied
 * @param questions the questions, in order
 * @param questionsCount the number of questions as the payload states it
 * @param related related page routes; null for {@code related: null} ("none") or when absent
 * @param seo the SEO object, or null when absent
 * @param seoDescription the description for search engines
 * @param stem the file path inside the content root without extension, numeric prefixes and {@code index} kept
 * @param subtopic the subtopic (the page's label among its siblings)
 * @param topic the topic's display name
 * @param topicSlug the topic's URL segment
 * @param updated the last update as written, an ISO date {@code yyyy-MM-dd} ({@link #updatedDate()} parses it)
 * @param hash Nuxt Content's {@code __hash__} of the row, or null
 * @param extra fields the model does not know, in input order
 */
@QuestionsCountMatches
@UniqueQuestionIds
@PathMatchesStem
public record Page(
        @Nullable String id,
        @NotBlank(message = "page 'title' must not be blank")
        @Nullable String title,
        @Valid
        @Nullable Body body,
        @Nullable String description,
        @DifficultyName
        @Nullable String difficulty,
        @Nullable String extension,
        @Nullable String framework,
        @Slug(message = "'frameworkSlug' must be a lowercase slug such as 'spring-boot' (a-z, 0-9, single hyphens)")
        @Nullable String frameworkSlug,
        Map<String, Object> meta,
        @Nullable Navigation navigation,
        @Min(value = 1, message = "page 'order' must be at least 1")
        @Nullable Integer order,
        @RoutePath
        @Nullable String path,
        List<@Valid Question> questions,
        @Nullable Integer questionsCount,
        @Nullable List<String> related,
        @Valid
        @Nullable Seo seo,
        @Nullable String seoDescription,
        @Nullable String stem,
        @Nullable String subtopic,
        @Nullable String topic,
        @Slug(message = "'topicSlug' must be a lowercase slug such as 'data-fetching' (a-z, 0-9, single hyphens)")
        @Nullable String topicSlug,
        @IsoDate
        @Nullable String updated,
        @Nullable String hash,
        Map<String, Object> extra) {

        /**
     * Copies the collections (maps into ordered unmodifiable copies).
     *
     * @param id the id
     * @param title the title
     * @param body the body
     * @param description the description
     * @param difficulty the difficulty
     * @param extension the extension
     * @param framework the framework
     * @param frameworkSlug the frameworkSlug
     * @param meta the meta
     * @param navigation the navigation
     * @param order the order
     * @param path the path
     * @param questions the questions
     * @param questionsCount the questionsCount
     * @param related the related
     * @param seo the seo
     * @param seoDescription the seoDescription
     * @param stem the stem
     * @param subtopic the subtopic
     * @param topic the topic
     * @param topicSlug the topicSlug
     * @param updated the updated
     * @param hash the hash
     * @param extra the extra
     */
    public Page {
        meta = OrderedMaps.copyOf(meta, "meta");
        questions = List.copyOf(questions);
        if (related != null) {
            related = List.copyOf(related);
        }
        extra = OrderedMaps.copyOf(extra, "extra");
    }

    /**
     * A builder with every component absent and every collection empty.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this page's components.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.body = body;
        b.description = description;
        b.difficulty = difficulty;
        b.extension = extension;
        b.framework = framework;
        b.frameworkSlug = frameworkSlug;
        b.meta = meta;
        b.navigation = navigation;
        b.order = order;
        b.path = path;
        b.questions = questions;
        b.questionsCount = questionsCount;
        b.related = related;
        b.seo = seo;
        b.seoDescription = seoDescription;
        b.stem = stem;
        b.subtopic = subtopic;
        b.topic = topic;
        b.topicSlug = topicSlug;
        b.updated = updated;
        b.hash = hash;
        b.extra = extra;
        return b;
    }

    /**
     * {@link #updated()} as a date.
     *
     * @return the date, or empty when absent or not an ISO {@code yyyy-MM-dd} date
     */
    public Optional<LocalDate> updatedDate() {
        return updated == null ? Optional.empty() : IsoDates.parse(updated);
    }

    /**
     * The page difficulty as an enum.
     *
     * @return the difficulty, or empty if absent or not one of the three
     */
    public Optional<Difficulty> level() {
        return Difficulty.parse(difficulty);
    }

    /**
     * This page with other questions ({@code questionsCount} is left as it is).
     *
     * @param newQuestions the questions
     * @return a new page
     */
    public Page withQuestions(List<Question> newQuestions) {
        return toBuilder().questions(newQuestions).build();
    }

    /**
     * Builds {@link Page}s. Not thread-safe; {@link #build()} copies every collection, so a
     * builder can be reused.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String title;
        private @Nullable Body body;
        private @Nullable String description;
        private @Nullable String difficulty;
        private @Nullable String extension;
        private @Nullable String framework;
        private @Nullable String frameworkSlug;
        private Map<String, Object> meta = new LinkedHashMap<>();
        private @Nullable Navigation navigation;
        private @Nullable Integer order;
        private @Nullable String path;
        private List<Question> questions = new ArrayList<>();
        private @Nullable Integer questionsCount;
        private @Nullable List<String> related;
        private @Nullable Seo seo;
        private @Nullable String seoDescription;
        private @Nullable String stem;
        private @Nullable String subtopic;
        private @Nullable String topic;
        private @Nullable String topicSlug;
        private @Nullable String updated;
        private @Nullable String hash;
        private Map<String, Object> extra = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param value Nuxt Content's document id: {@code <collection>/<file path with extension>}, e.g. {@code qa/fastapi/fundamentals/async-basics.md}; null for absent
         * @return this builder
         */
        public Builder id(@Nullable String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets {@code title}.
         *
         * @param value the page title; null for absent
         * @return this builder
         */
        public Builder title(@Nullable String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets {@code body}.
         *
         * @param value the parsed Markdown body, or null when absent; null for absent
         * @return this builder
         */
        public Builder body(@Nullable Body value) {
            this.body = value;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param value the description (frontmatter, else the first paragraph, else {@code ""}); null for absent
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets {@code difficulty}.
         *
         * @param value the page's overall difficulty: {@code easy}, {@code medium} or {@code hard}, as written; null for absent
         * @return this builder
         */
        public Builder difficulty(@Nullable String value) {
            this.difficulty = value;
            return this;
        }

        /**
         * Sets {@code extension}.
         *
         * @param value the source file's extension, {@code md}; null for absent
         * @return this builder
         */
        public Builder extension(@Nullable String value) {
            this.extension = value;
            return this;
        }

        /**
         * Sets {@code framework}.
         *
         * @param value the framework's display name ({@code FastAPI}); null for absent
         * @return this builder
         */
        public Builder framework(@Nullable String value) {
            this.framework = value;
            return this;
        }

        /**
         * Sets {@code frameworkSlug}.
         *
         * @param value the framework's URL segment ({@code fastapi}); null for absent
         * @return this builder
         */
        public Builder frameworkSlug(@Nullable String value) {
            this.frameworkSlug = value;
            return this;
        }

        /**
         * Sets {@code meta}.
         *
         * @param value frontmatter keys the collection schema does not declare, in order
         * @return this builder
         */
        public Builder meta(Map<String, Object> value) {
            this.meta = Objects.requireNonNull(value, "meta");
            return this;
        }

        /**
         * Sets {@code navigation}.
         *
         * @param value the navigation setting, or null when absent; null for absent
         * @return this builder
         */
        public Builder navigation(@Nullable Navigation value) {
            this.navigation = value;
            return this;
        }

        /**
         * Sets {@code order}.
         *
         * @param value the page's position within its topic, from 1; null for absent
         * @return this builder
         */
        public Builder order(@Nullable Integer value) {
            this.order = value;
            return this;
        }

        /**
         * Sets {@code path}.
         *
         * @param value the route, {@code /} + the stem with Nuxt Content's path rules applied; null for absent
         * @return this builder
         */
        public Builder path(@Nullable String value) {
            this.path = value;
            return this;
        }

        /**
         * Sets {@code questions}.
         *
         * @param value the questions, in order
         * @return this builder
         */
        public Builder questions(List<Question> value) {
            this.questions = Objects.requireNonNull(value, "questions");
            return this;
        }

        /**
         * Sets {@code questionsCount}.
         *
         * @param value the number of questions as the payload states it; null for absent
         * @return this builder
         */
        public Builder questionsCount(@Nullable Integer value) {
            this.questionsCount = value;
            return this;
        }

        /**
         * Sets {@code related}.
         *
         * @param value related page routes; null for {@code related: null} ("none") or when absent; null for absent
         * @return this builder
         */
        public Builder related(@Nullable List<String> value) {
            this.related = value;
            return this;
        }

        /**
         * Sets {@code seo}.
         *
         * @param value the SEO object, or null when absent; null for absent
         * @return this builder
         */
        public Builder seo(@Nullable Seo value) {
            this.seo = value;
            return this;
        }

        /**
         * Sets {@code seoDescription}.
         *
         * @param value the description for search engines; null for absent
         * @return this builder
         */
        public Builder seoDescription(@Nullable String value) {
            this.seoDescription = value;
            return this;
        }

        /**
         * Sets {@code stem}.
         *
         * @param value the file path inside the content root without extension, numeric prefixes and {@code index} kept; null for absent
         * @return this builder
         */
        public Builder stem(@Nullable String value) {
            this.stem = value;
            return this;
        }

        /**
         * Sets {@code subtopic}.
         *
         * @param value the subtopic (the page's label among its siblings); null for absent
         * @return this builder
         */
        public Builder subtopic(@Nullable String value) {
            this.subtopic = value;
            return this;
        }

        /**
         * Sets {@code topic}.
         *
         * @param value the topic's display name; null for absent
         * @return this builder
         */
        public Builder topic(@Nullable String value) {
            this.topic = value;
            return this;
        }

        /**
         * Sets {@code topicSlug}.
         *
         * @param value the topic's URL segment; null for absent
         * @return this builder
         */
        public Builder topicSlug(@Nullable String value) {
            this.topicSlug = value;
            return this;
        }

        /**
         * Sets {@code updated}.
         *
         * @param value the last update as written, an ISO date {@code yyyy-MM-dd} ({@link #updatedDate()} parses it); null for absent
         * @return this builder
         */
        public Builder updated(@Nullable String value) {
            this.updated = value;
            return this;
        }

        /**
         * Sets {@code hash}.
         *
         * @param value Nuxt Content's {@code __hash__} of the row, or null; null for absent
         * @return this builder
         */
        public Builder hash(@Nullable String value) {
            this.hash = value;
            return this;
        }

        /**
         * Sets {@code extra}.
         *
         * @param value fields the model does not know, in input order
         * @return this builder
         */
        public Builder extra(Map<String, Object> value) {
            this.extra = Objects.requireNonNull(value, "extra");
            return this;
        }

        /**
         * Adds one field the model does not know.
         *
         * @param key the field name
         * @param value its value; {@link JsonNull#INSTANCE} for null
         * @return this builder
         */
        public Builder putExtra(String key, Object value) {
            Map<String, Object> copy = new LinkedHashMap<>(extra);
            copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            this.extra = copy;
            return this;
        }

        /**
         * Builds the page.
         *
         * @return a new immutable page
         */
        public Page build() {
            return new Page(id, title, body, description, difficulty, extension, framework, frameworkSlug, meta, navigation, order, path, questions, questionsCount, related, seo, seoDescription, stem, subtopic, topic, topicSlug, updated, hash, extra);
        }
    }
}
