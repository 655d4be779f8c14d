package dev.qakit.bench.generate;

import java.util.List;
import java.util.Objects;

/**
 * One generated question page: what its Markdown source declares, and where it lives.
 *
 * @param stem the file path inside the content root without extension ({@code fastapi/routing/path-params})
 * @param title the page title (blank for a defect)
 * @param framework the framework's display name
 * @param frameworkSlug its URL segment
 * @param topic the topic's display name
 * @param topicSlug its URL segment
 * @param subtopic the page's label among its siblings
 * @param order the position within the topic, from 1 (0 for a defect)
 * @param difficulty the page's overall difficulty
 * @param updated the last update, {@code yyyy-MM-dd}
 * @param seoDescription the description for search engines
 * @param questions the questions, in order
 * @param hash a stand-in for Nuxt Content's {@code __hash__}
 */
record SyntheticPage(
        String stem,
        String title,
        String framework,
        String frameworkSlug,
        String topic,
        String topicSlug,
        String subtopic,
        int order,
        String difficulty,
        String updated,
        String seoDescription,
        List<SyntheticQuestion> questions,
        String hash) {

    SyntheticPage {
        Objects.requireNonNull(stem, "stem");
        questions = List.copyOf(questions);
    }

    /** This page with other questions. */
    SyntheticPage withQuestions(List<SyntheticQuestion> replacement) {
        return new SyntheticPage(stem, title, framework, frameworkSlug, topic, topicSlug, subtopic, order, difficulty,
                updated, seoDescription, replacement, hash);
    }

    /** This page with other scalars, for defects. */
    SyntheticPage with(String newTitle, int newOrder, String newDifficulty, String newUpdated) {
        return new SyntheticPage(stem, newTitle, framework, frameworkSlug, topic, topicSlug, subtopic, newOrder,
                newDifficulty, newUpdated, seoDescription, questions, hash);
    }

    /** The route: {@code /} + the stem (the generator writes stems that need no further rules). */
    String path() {
        return "/" + stem;
    }
}
