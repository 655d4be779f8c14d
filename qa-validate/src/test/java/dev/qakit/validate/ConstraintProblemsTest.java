package dev.qakit.validate;

import static dev.qakit.validate.Fixture.located;
import static dev.qakit.validate.Fixture.page;
import static dev.qakit.validate.Fixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Bean Validation violation becomes a problem with a stable rule id at the value's location. */
class ConstraintProblemsTest {
    private static ContentValidator validator;

    @BeforeAll
    static void bootstrap() {
        validator = ContentValidator.builder().build();
    }

    private static ValidationResult validate(Page page) {
        return validator.validate(Stream.of(read("a.md", page)));
    }

    @Test
    void aValidPageHasNoProblems() {
        ValidationResult r = validate(page("/fastapi/basics/async", 1, "what-is-async").build());
        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).containsExactly("a.md");
        assertThat(r.summary()).isEqualTo("no problems in 1 file");
    }

    @Test
    void questionFieldsMapToPayloadPointersAndRuleIds() {
        Page p = page("/fastapi/basics/async", 1).questions(List.of(
                Fixture.question("ok"),
                new Question("Bad Id", "expert", " ", "", Map.of()),
                new Question(null, null, "Q?", "A.", Map.of()))).questionsCount(3).build();
        ValidationResult r = validate(p);
        assertThat(r.problems()).extracting(x -> x.location() + " " + x.location().pointer() + " " + x.ruleId()).containsExactly(
                "a.md:33:9 /page/questions/1/id question.id-slug",
                "a.md:33:25 /page/questions/1/difficulty question.difficulty",
                "a.md:34:9 /page/questions/1/q question.text-blank",
                "a.md:35:9 /page/questions/1/a question.answer-blank",
                "a.md:36:9 /page/questions/2/id question.id-missing",
                "a.md:36:25 /page/questions/2/difficulty question.difficulty-missing");
        assertThat(r.problems().get(0).message())
                .isEqualTo("question 'id' must be a lowercase slug such as 'what-is-async-await' (a-z, 0-9, single hyphens); found 'Bad Id'");
        assertThat(r.problems().get(1).message()).isEqualTo("'difficulty' must be one of [easy, medium, hard]; found 'expert'");
        assertThat(r.problems()).allMatch(x -> x.severity() == Severity.ERROR);
    }

    @Test
    void pageFieldsMapToRuleIds() {
        Page p = page("/fastapi/basics/async", 1, "a", "a").title("").order(0).difficulty("hardest")
                .frameworkSlug("Fast API").topicSlug("x_y").updated("2026-02-30").questionsCount(7)
                .path("/fastapi/basics/other").build();
        ValidationResult r = validate(p);
        assertThat(r.problems()).extracting(Problem::ruleId).containsExactlyInAnyOrder(
                "page.title-blank", "page.order-min", "page.difficulty", "page.framework-slug", "page.topic-slug",
                "page.updated-date", "page.questions-count", "page.path-stem", "question.id-unique",
                "lint.duplicate-question-text");
        assertThat(located(r)).contains("a.md:2:7 page.path-stem", "a.md:3:7 page.order-min", "a.md:4:7 page.title-blank",
                "a.md:33:9 question.id-unique");
        assertThat(r.problems()).filteredOn(x -> x.ruleId().equals("page.path-stem")).extracting(Problem::message)
                .containsExactly("'path' is '/fastapi/basics/other' but stem 'fastapi/basics/async' gives '/fastapi/basics/async'");
    }

    @Test
    void siblingConstraintsPointIntoTheSiblings() {
        Page p = page("/t/a", 1, "q1").build();
        PageData data = PageData.of(p, List.of(Sibling.of("B", "/t/b", 2), Sibling.of("B2", "t/b/", 0),
                new Sibling("C", null, 3, Map.of())));
        ValidationResult r = validator.validate(Stream.of(read("a.md", data)));
        assertThat(located(r)).containsExactly(
                "a.md:7:1 siblings.consistent",
                "a.md:10:9 sibling.path-route",
                "a.md:11:9 sibling.order-min",
                "a.md:12:9 sibling.path-missing");
    }

    @Test
    void readerProblemsPassThroughAndAReadWithoutAPageStillCounts() {
        Problem yaml = Problem.error("frontmatter.yaml-syntax", "bad indentation", SourceLocation.at("b.md", 5, 13));
        ValidationRun run = validator.newRun();
        run.add(read("a.md", page("/t/a", 1, "q").build()));
        run.add(dev.qakit.io.ReadResult.failed(List.of(yaml), dev.qakit.io.SourceMap.of("b.md")));
        ValidationResult r = run.finish();
        assertThat(r.files()).containsExactly("a.md", "b.md");
        assertThat(r.problems()).containsExactly(yaml);
        assertThat(r.summary()).isEqualTo("1 error, 0 warnings in 1 of 2 files");
    }
}
