package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Page;
import dev.qakit.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueQuestionIdsTest {

    @Test
    void distinctIdsAreValid() {
        assertThat(Violations.of(Fixtures.page())).isEmpty();
    }

    @Test
    void aRepeatIsReportedAtTheLaterQuestionNamingTheFirst() {
        Page page = Fixtures.page().toBuilder()
                .questions(List.of(Fixtures.question("a"), Fixtures.question("b"), Fixtures.question("a"),
                        Fixtures.question("b"), Fixtures.question("a")))
                .questionsCount(null).build();
        assertThat(Violations.of(page)).containsExactly(
                "questions[2].id: question id 'a' is already used by question 1; ids must be unique within a page",
                "questions[3].id: question id 'b' is already used by question 2; ids must be unique within a page",
                "questions[4].id: question id 'a' is already used by question 1; ids must be unique within a page");
    }

    @Test
    void messageTemplateCharactersInIdsAreLiteral() {
        Question weird = Question.of("${1+1}{x}", "easy", "Q?", "A.");
        Page page = Fixtures.page().toBuilder().questions(List.of(weird, weird)).questionsCount(null).build();
        assertThat(Violations.of(page)).contains(
                "questions[1].id: question id '${1+1}{x}' is already used by question 1; ids must be unique within a page");
    }
}
