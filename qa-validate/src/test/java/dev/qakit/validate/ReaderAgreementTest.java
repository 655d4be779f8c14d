package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.PageDataGraph;
import dev.qakit.model.JsonNull;
import dev.qakit.model.PageData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same defect gives the same problems from a Markdown page and from the equivalent payload:
 * each case edits one valid page's frontmatter and the page object of its payload entry alike,
 * and both reads, validated, give the same rule ids with the same severities.
 */
class ReaderAgreementTest {
    private static final String FILE = "fastapi/fundamentals/async-basics.md";
    private static final MarkdownReader MARKDOWN = MarkdownReader.builder().collection("qa").build();
    private static ContentValidator validator;

    @BeforeAll
    static void bootstrap() {
        validator = ContentValidator.builder().build();
    }

    /** One defect: what it does to the frontmatter (and, alike, to the payload's page), and a rule id it must give. */
    record Defect(Consumer<Map<String, Object>> edit, String ruleId) {
    }

    static Stream<Named<Defect>> defects() {
        List<Named<Defect>> out = new ArrayList<>();
        add(out, "a number where a string belongs", fm -> fm.put("title", 42), "page.title-type");
        add(out, "a string where a number belongs", fm -> fm.put("order", "first"), "page.order-type");
        add(out, "a number written as a string", fm -> fm.put("order", "2"), "page.order-type");
        add(out, "a fraction where a whole number belongs", fm -> fm.put("order", 1.5), "page.order-type");
        add(out, "a boolean where a string belongs", fm -> fm.put("difficulty", true), "page.difficulty-type");
        add(out, "a number as seoDescription", fm -> fm.put("seoDescription", 5), "page.seo-description-type");
        add(out, "questions that are not a list", fm -> fm.put("questions", "not a list"), "page.questions-type");
        add(out, "a question that is not an object", fm -> questions(fm).set(1, "just text"), "page.questions-type");
        add(out, "a number as a question id", fm -> question(fm, 0).put("id", 7), "question.id-type");
        add(out, "a number as a question text", fm -> question(fm, 0).put("q", 7), "question.text-type");
        add(out, "a list as an answer", fm -> question(fm, 1).put("a", List.of("x")), "question.answer-type");
        add(out, "a number as a question difficulty", fm -> question(fm, 0).put("difficulty", 3), "question.difficulty-type");
        add(out, "related that is not a list", fm -> fm.put("related", "/one"), "page.related-type");
        add(out, "a related route that is a number", fm -> fm.put("related", List.of("/fastapi/x", 5)), "page.related-type");
        add(out, "seo that is not an object", fm -> fm.put("seo", "x"), "page.seo-type");
        add(out, "a number as the seo title", fm -> fm.put("seo", map("title", 5)), "seo.title-type");
        add(out, "navigation that is a string", fm -> fm.put("navigation", "sometimes"), "page.navigation-type");
        add(out, "a question without id", fm -> question(fm, 0).remove("id"), "question.id-missing");
        add(out, "a question without difficulty", fm -> question(fm, 1).remove("difficulty"), "question.difficulty-missing");
        add(out, "a blank question text", fm -> question(fm, 0).put("q", "  "), "question.text-blank");
        add(out, "a blank answer", fm -> question(fm, 0).put("a", ""), "question.answer-blank");
        add(out, "a question id that is not a slug", fm -> question(fm, 0).put("id", "Not A Slug"), "question.id-slug");
        add(out, "two questions with one id", fm -> question(fm, 1).put("id", "what-is-async"), "question.id-unique");
        add(out, "a frameworkSlug that is not a slug", fm -> fm.put("frameworkSlug", "Fast API"), "page.framework-slug");
        add(out, "a topicSlug that is not a slug", fm -> fm.put("topicSlug", "fundamentals!"), "page.topic-slug");
        add(out, "a page difficulty that is not a level", fm -> fm.put("difficulty", "expert"), "page.difficulty");
        add(out, "a question difficulty that is not a level", fm -> question(fm, 1).put("difficulty", "expert"), "question.difficulty");
        add(out, "a date that does not exist", fm -> fm.put("updated", "2024-02-30"), "page.updated-date");
        add(out, "a date written as a number", fm -> fm.put("updated", 20240501), "page.updated-type");
        add(out, "an order below 1", fm -> fm.put("order", 0), "page.order-min");
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("defects")
    void aDefectGetsTheSameRuleIdsFromMarkdownAndFromAPayload(Defect defect) {
        Map<String, Object> fm = validFrontmatter();
        defect.edit().accept(fm);
        ReadResult<PageData> markdown = MARKDOWN.read(markdown(fm), FILE);

        // the payload entry the valid page gives, with the same edit made to its page object
        Map<String, Object> entry = mutable(PageDataGraph.toGraph(MARKDOWN.read(markdown(validFrontmatter()), FILE).value().orElseThrow()));
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) entry.get("page");
        defect.edit().accept(page);
        // Markdown states no questionsCount: the reader counts the questions, as the site's page code does
        Integer count = markdown.value().orElseThrow().page().questionsCount();
        page.put("questionsCount", count == null ? JsonNull.INSTANCE : (Object) count.doubleValue());
        ReadResult<PageData> payload = PageDataGraph.fromGraph(payloadNumbers(entry), "page.json");

        List<String> fromMarkdown = rules(markdown);
        assertThat(fromMarkdown).contains(defect.ruleId() + " ERROR");
        assertThat(rules(payload)).containsExactlyElementsOf(fromMarkdown);
    }

    private static List<String> rules(ReadResult<PageData> read) {
        return validator.validate(Stream.of(read)).problems().stream().map(p -> p.ruleId() + " " + p.severity())
                .sorted().toList();
    }

    private static void add(List<Named<Defect>> out, String name, Consumer<Map<String, Object>> edit, String ruleId) {
        out.add(Named.of(name, new Defect(edit, ruleId)));
    }

    private static Map<String, Object> validFrontmatter() {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "Async Basics");
        fm.put("description", "What async and await do in FastAPI.");
        fm.put("framework", "FastAPI");
        fm.put("frameworkSlug", "fastapi");
        fm.put("topic", "Fundamentals");
        fm.put("topicSlug", "fundamentals");
        fm.put("subtopic", "Async Basics");
        fm.put("order", 1);
        fm.put("difficulty", "easy");
        fm.put("updated", "2024-05-01");
        fm.put("seoDescription", "Async and await in FastAPI, answered.");
        List<Object> questions = new ArrayList<>();
        questions.add(map("id", "what-is-async", "difficulty", "easy", "q", "What is async?", "a", "A coroutine."));
        questions.add(map("id", "why-await", "difficulty", "medium", "q", "Why await?", "a", "To yield."));
        fm.put("questions", questions);
        return fm;
    }

    private static Map<String, Object> map(Object... keysThenValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysThenValues.length; i += 2) {
            m.put((String) keysThenValues[i], keysThenValues[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> questions(Map<String, Object> fm) {
        return (List<Object>) fm.get("questions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> question(Map<String, Object> fm, int i) {
        return (Map<String, Object>) questions(fm).get(i);
    }

    /** A copy whose maps and lists can be edited. */
    @SuppressWarnings("unchecked")
    private static <T> T mutable(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, mutable(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(mutable(v)));
            return (T) out;
        }
        return value;
    }

    /** Numbers as the devalue codec decodes them: doubles. */
    private static Object payloadNumbers(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, payloadNumbers(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ReaderAgreementTest::payloadNumbers).toList();
        }
        return value instanceof Integer i ? (Object) i.doubleValue() : value;
    }

    /** The frontmatter written one key a line, each value in flow style (JSON, which YAML reads alike). */
    private static String markdown(Map<String, Object> fm) {
        StringBuilder sb = new StringBuilder("---\n");
        fm.forEach((k, v) -> sb.append(k).append(": ").append(flow(v)).append('\n'));
        return sb.append("---\n\nAsync in FastAPI.\n").toString();
    }

    private static String flow(Object v) {
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof Map<?, ?> m) {
            List<String> members = new ArrayList<>();
            m.forEach((k, x) -> members.add(flow(k) + ": " + flow(x)));
            return "{" + String.join(", ", members) + "}";
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(ReaderAgreementTest::flow).toList()) + "]";
        }
        return String.valueOf(v == JsonNull.INSTANCE ? "null" : v);
    }
}
