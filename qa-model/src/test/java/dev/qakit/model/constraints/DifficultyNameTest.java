package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Question;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DifficultyNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"easy", "medium", "hard"})
    void acceptsTheThreeNames(String difficulty) {
        assertThat(Violations.of(Question.of("q", difficulty, "Q?", "A."))).isEmpty();
        assertThat(Violations.of(Fixtures.page().toBuilder().difficulty(difficulty).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Easy ", "expert", "EASY!", "1"})
    void rejectsOtherValues(String difficulty) {
        assertThat(Violations.of(Question.of("q", difficulty, "Q?", "A.")))
                .containsExactly("difficulty: 'difficulty' must be one of [easy, medium, hard]");
        assertThat(Violations.of(Fixtures.page().toBuilder().difficulty(difficulty).build()))
                .containsExactly("difficulty: 'difficulty' must be one of [easy, medium, hard]");
    }

    @Test
    void absentIsValidOnThePageButNotOnAQuestion() {
        assertThat(Violations.of(Fixtures.page().toBuilder().difficulty(null).build())).isEmpty();
        assertThat(Violations.of(new Question("q", null, "Q?", "A.", Map.of())))
                .containsExactly("difficulty: question 'difficulty' is missing; expected one of [easy, medium, hard]");
    }
}
