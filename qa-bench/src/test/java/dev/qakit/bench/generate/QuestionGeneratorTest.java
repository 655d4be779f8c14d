package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {
    private final List<SyntheticQuestion> questions = new QuestionGenerator(new Random(99)).questions(400);

    @Test
    void answersAreMarkdownEndingWithOneNewline() {
        for (SyntheticQuestion q : questions) {
            assertThat(q.a()).endsWith("\n").doesNotEndWith("\n\n").contains("Rule of thumb: ");
            assertThat(q.a().split("```", -1).length % 2).as("fences are balanced in %s", q.id()).isEqualTo(1);
        }
    }

    @Test
    void paragraphsAreWrappedLikeHandWrittenAnswers() {
        for (SyntheticQuestion q : questions) {
            boolean code = false;
            for (String line : q.a().split("\n")) {
                if (line.startsWith("```")) {
                    code = !code;
                } else if (!code && !line.startsWith("|") && !line.startsWith("- ")) {
                    assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
                }
            }
        }
    }

    @Test
    void theAnswersHaveTheBlocksRealAnswersHave() {
        long fences = questions.stream().filter(q -> q.a().contains("```")).count();
        long tables = questions.stream().filter(q -> q.a().contains("\n|---")).count();
        long lists = questions.stream().filter(q -> q.a().contains("\n- ")).count();
        assertThat(fences).isBetween(240L, 320L);
        assertThat(tables).isBetween(50L, 120L);
        assertThat(lists).isBetween(80L, 160L);
    }

    @Test
    void questionsEndWithAQuestionMarkOrAFullStop() {
        assertThat(questions).extracting(SyntheticQuestion::q).allMatch(q -> q.endsWith("?") || q.endsWith("."));
        assertThat(questions).extracting(SyntheticQuestion::difficulty).containsOnly("easy", "medium", "hard");
    }
}
