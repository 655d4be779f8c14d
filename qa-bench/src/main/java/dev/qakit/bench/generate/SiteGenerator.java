package dev.qakit.bench.generate;

import static dev.qakit.bench.generate.Vocabulary.ADJECTIVES;
import static dev.qakit.bench.generate.Vocabulary.FRAMEWORKS;
import static dev.qakit.bench.generate.Vocabulary.NOUNS;
import static dev.qakit.bench.generate.Vocabulary.TOPICS;
import static dev.qakit.bench.generate.Vocabulary.capitalize;
import static dev.qakit.bench.generate.Vocabulary.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plans synthetic sites: pages spread over frameworks, topics and subtopics the way a real
 * question site is laid out, and single huge question pages for payload benchmarks.
 *
 * <p>Every page draws from its own {@link Random} seeded with the site seed and the page's
 * number, so page {@code n} is the same whatever is generated before it and a tree can be
 * written page by page without holding it in memory. A tree may carry deliberate defects
 * (see {@link Defect}) so that validators have something to find.
 */
final class SiteGenerator {
    private static final LocalDate FIRST_UPDATE = LocalDate.of(2025, 1, 1);

    private final long seed;

    SiteGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Generates a content tree of {@code pages} pages, handing each to {@code sink} in order.
     *
     * @param pages how many pages
     * @param defectEvery every this many pages, one page carries a defect (0 for none)
     * @param sink receives each page, its body and its defect ({@link Defect#NONE} for a good page)
     */
    void tree(int pages, int defectEvery, PageSink sink) {
        for (int n = 0; n < pages; n++) {
            Placement place = place(n, pages);
            Random random = pageRandom(n);
            int questions = 3 + random.nextInt(6);
            SyntheticPage page = page(random, place.framework(), place.topic(), place.order(), "s" + place.order(), questions);
            Defect defect = defectEvery > 0 && n % defectEvery == defectEvery / 2
                    ? Defect.values()[1 + (n / defectEvery) % (Defect.values().length - 1)]
                    : Defect.NONE;
            sink.accept(defect.apply(page), new QuestionGenerator(random).body(), defect);
        }
    }

    /**
     * Where page {@code n} of a tree of {@code pages} goes: 20 pages per topic, topics spread
     * over the frameworks; past the vocabulary, frameworks repeat with a number ("FastAPI 2").
     */
    static Placement place(int n, int pages) {
        int subtopicsPerTopic = 20;
        int topicsPerFramework = Math.min(TOPICS.size(),
                Math.max(1, ceilDiv(ceilDiv(pages, subtopicsPerTopic), FRAMEWORKS.size())));
        int perFramework = topicsPerFramework * subtopicsPerTopic;
        int framework = n / perFramework;
        String name = FRAMEWORKS.get(framework % FRAMEWORKS.size())
                + (framework >= FRAMEWORKS.size() ? " " + (framework / FRAMEWORKS.size() + 1) : "");
        return new Placement(name, TOPICS.get((n % perFramework) / subtopicsPerTopic), n % subtopicsPerTopic + 1);
    }

    /** One question page whose answers add up to about {@code answerChars} characters. */
    SyntheticPage hugePage(int answerChars) {
        Random random = pageRandom(-1);
        QuestionGenerator generator = new QuestionGenerator(random);
        List<SyntheticQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int total = 0;
        while (total < answerChars) {
            SyntheticQuestion q = generator.question(ids);
            questions.add(q);
            total += q.a().length() + q.q().length() + q.id().length() + 40;
        }
        return page(random, "FastAPI", "Fundamentals", 1, "", 0).withQuestions(questions);
    }

    /** Generates pages of one topic of {@link #tree}'s first framework, for sibling lists. */
    void siblingsOf(SyntheticPage page, int count, Consumer<SyntheticPage> sink) {
        for (int order = 1; order <= count; order++) {
            Random random = pageRandom(10_000_000 + order);
            sink.accept(order == page.order() ? page
                    : page(random, page.framework(), page.topic(), order, "", 0));
        }
    }

    private Random pageRandom(int n) {
        return new Random(seed * 1_000_003L + n);
    }

    private static SyntheticPage page(Random random, String framework, String topic, int order, String suffix, int questionCount) {
        String subtopic = capitalize(pick(random, ADJECTIVES)) + " " + capitalize(pick(random, NOUNS)) + "s";
        String frameworkSlug = Vocabulary.slugOf(framework);
        String topicSlug = Vocabulary.slugOf(topic);
        String fileSlug = Vocabulary.slugOf(subtopic) + (suffix.isEmpty() ? "" : "-" + suffix);
        LocalDate updated = FIRST_UPDATE.plusDays(random.nextInt(700));
        String seoDescription = framework + " " + topic.toLowerCase(java.util.Locale.ROOT) + " interview questions: "
                + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + "s, " + pick(random, NOUNS) + "s and "
                + pick(random, NOUNS) + "s explained with examples.";
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        List<SyntheticQuestion> questions = new QuestionGenerator(random).questions(questionCount);
        return new SyntheticPage(frameworkSlug + "/" + topicSlug + "/" + fileSlug, subtopic, framework, frameworkSlug,
                topic, topicSlug, subtopic, order, pick(random, QuestionGenerator.DIFFICULTIES), updated.toString(),
                seoDescription, questions, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /**
     * A page's place in a tree.
     *
     * @param framework the framework's display name
     * @param topic the topic's display name
     * @param order the page's order within the topic
     */
    record Placement(String framework, String topic, int order) {
    }

    /** Receives generated pages. */
    @FunctionalInterface
    interface PageSink {
        /** Receives one page, its Markdown body and the defect it carries. */
        void accept(SyntheticPage page, String body, Defect defect);
    }
}
