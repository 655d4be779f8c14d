package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionsCountMatchesTest {

    @Test
    void matchingCountIsValid() {
        assertThat(Violations.of(Fixtures.page())).isEmpty();
    }

    @Test
    void absentCountIsValid() {
        assertThat(Violations.of(Fixtures.page().toBuilder().questionsCount(null).build())).isEmpty();
    }

    @Test
    void wrongCountIsReportedOnQuestionsCount() {
        assertThat(Violations.of(Fixtures.page().toBuilder().questionsCount(3).build()))
                .containsExactly("questionsCount: 'questionsCount' is 3 but the page has 2 questions");
        assertThat(Violations.constraintsOf(Fixtures.page().toBuilder().questionsCount(0).build()))
                .containsExactly("QuestionsCountMatches");
    }
}
