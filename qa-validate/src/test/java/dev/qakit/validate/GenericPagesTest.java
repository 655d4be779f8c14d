package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.model.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page without questions is a generic Nuxt Content page: read and its links checked, held to
 * no question-page rule; a question written with other keys gets one problem with a hint.
 */
class GenericPagesTest {
    private static final MarkdownReader READER = MarkdownReader.builder().build();
    private static ContentValidator validator;

    @BeforeAll
    static void bootstrap() {
        validator = ContentValidator.builder().build();
    }

    private static ValidationResult validate(String file, String markdown) {
        return validator.validate(Stream.of(READER.read(markdown, file)));
    }

    private static Stream<String> located(ValidationResult r) {
        return r.problems().stream().map(p -> p.location() + " " + p.ruleId());
    }

    @Test
    void anIndexPageWithoutTitleHasNuxtsEmptyTitleAndNoProblem() {
        ValidationResult r = validate("guide/index.md", "---\ndescription: The guide\nnavigation: false\n---\n\nWelcome.\n");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void questionPageFieldsMeanNothingOnAGenericPage() {
        ValidationResult r = validate("docs/intro.md",
                "---\ntitle: ''\ndifficulty: whatever\norder: 0\nupdated: last week\ntopicSlug: Not A Slug\n---\n\n# Intro\n");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aQuestionPageIsStillHeldToThem() {
        ValidationResult r = validate("t/index.md", "---\ndifficulty: whatever\nquestions:\n  - id: one\n    difficulty: easy\n"
                + "    q: Why?\n    a: Because.\n---\n");
        assertThat(located(r)).containsExactlyInAnyOrder("t/index.md:2:1 page.title-blank", "t/index.md:2:13 page.difficulty");
    }

    @Test
    void unknownQuestionKeysGetOneProblemWithAHint() {
        ValidationResult r = validate("t/a.md", "---\ntitle: Async\nquestions:\n  - id: one\n    prompt: What is it?\n    answer: It is.\n"
                + "  - id: two\n    difficulty: easy\n    q: Why?\n    a: Because.\n  - id: three\n    dificulty: easy\n    q: How?\n    a: So.\n"
                + "---\n");
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "t/a.md:5:13 question.unknown-key question 1 has keys a question does not have: 'prompt' (did you mean 'q'?),"
                        + " 'answer' (did you mean 'a'?); it lacks 'difficulty', 'q' and 'a'. A question is {id, difficulty, q, a}",
                "t/a.md:12:16 question.unknown-key question 3 has a key a question does not have: 'dificulty' (did you mean"
                        + " 'difficulty'?); it lacks 'difficulty'. A question is {id, difficulty, q, a}");
        assertThat(r.problems()).extracting(Problem::ruleId).doesNotContain(Rules.QUESTION_TEXT_BLANK, Rules.QUESTION_DIFFICULTY_MISSING);
    }
}
