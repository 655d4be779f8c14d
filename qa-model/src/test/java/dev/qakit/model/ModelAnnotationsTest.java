package dev.qakit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.constraints.Violations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard Bean Validation annotations on the records: each fails on a bad value and passes on a good one. */
class ModelAnnotationsTest {

    private static Page page() {
        return Page.builder().title("Async Basics").order(1)
                .questions(List.of(Question.of("q1", "easy", "What?", "That."))).build();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTitleIsReported(String title) {
        assertThat(Violations.of(page().toBuilder().title(title).build()))
                .containsExactly("title: page 'title' must not be blank");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void blankQuestionTextIsReportedThroughThePage(String text) {
        Page page = page().withQuestions(List.of(new Question("q1", "easy", text, "That.", Map.of())));
        assertThat(Violations.of(page)).containsExactly("questions[0].question: question text 'q' must not be blank");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \n "})
    void blankAnswerIsReportedThroughThePage(String answer) {
        Page page = page().withQuestions(List.of(Question.of("q0", "easy", "What?", "x"),
                new Question("q1", "easy", "What?", answer, Map.of())));
        assertThat(Violations.of(page)).containsExactly("questions[1].answer: answer 'a' must not be blank");
    }

    @Test
    void nonBlankTextsPass() {
        assertThat(Violations.of(page())).isEmpty();
        assertThat(Violations.of(Question.of("q", "hard", "x", "y"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void orderBelowOneIsReported(int order) {
        assertThat(Violations.of(page().toBuilder().order(order).build()))
                .containsExactly("order: page 'order' must be at least 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, Integer.MAX_VALUE})
    void orderFromOnePasses(int order) {
        assertThat(Violations.of(page().toBuilder().order(order).build())).isEmpty();
        assertThat(Violations.of(page().toBuilder().order(null).build())).isEmpty();
    }

    @Test
    void everyViolationOfAPageIsReportedAtOnce() {
        Page page = page().toBuilder().title(" ").order(0).difficulty("expert").updated("2026-02-30")
                .questions(List.of(new Question("Bad Id", "tough", "", "", Map.of())))
                .questionsCount(5).build();
        assertThat(Violations.of(page)).containsExactly(
                "difficulty: 'difficulty' must be one of [easy, medium, hard]",
                "order: page 'order' must be at least 1",
                "questionsCount: 'questionsCount' is 5 but the page has 1 questions",
                "questions[0].answer: answer 'a' must not be blank",
                "questions[0].difficulty: 'difficulty' must be one of [easy, medium, hard]",
                "questions[0].id: question 'id' must be a lowercase slug such as 'what-is-async-await' (a-z, 0-9, single hyphens)",
                "questions[0].question: question text 'q' must not be blank",
                "title: page 'title' must not be blank",
                "updated: 'updated' must be a real date written yyyy-MM-dd, such as '2026-06-20'");
    }
}
