package dev.qakit.model;

import dev.qakit.model.constraints.DifficultyName;
import dev.qakit.model.constraints.Slug;
import dev.qakit.model.internal.OrderedMaps;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One interview question with its answer. In content it is the object {@code {id, difficulty,
 * q, a}}; {@code q} is the question text and {@code a} the answer in Markdown.
 *
 * <p>The scalar components are nullable so that a defective question still loads and every
 * defect is reported by validation; a valid question has all four.
 *
 * @param id the question's id, a lowercase slug unique within its page (it is the question's
 *     anchor on the rendered page)
 * @param difficulty {@code easy}, {@code medium} or {@code hard}, as written
 * @param question the question text ({@code q})
 * @param answer the answer, Markdown ({@code a})
 * @param extra members not modelled, in order
 */
public record Question(
        @NotNull(message = "question 'id' is missing; expected a lowercase slug such as 'what-is-async-await'")
        @Slug(message = "question 'id' must be a lowercase slug such as 'what-is-async-await' (a-z, 0-9, single hyphens)")
        @Nullable String id,
        @NotNull(message = "question 'difficulty' is missing; expected one of [easy, medium, hard]")
        @DifficultyName
        @Nullable String difficulty,
        @NotBlank(message = "question text 'q' must not be blank")
        @Nullable String question,
        @NotBlank(message = "answer 'a' must not be blank")
        @Nullable String answer,
        Map<String, Object> extra) {

        /**
     * Copies the extra members.
     *
     * @param id the id
     * @param difficulty the difficulty
     * @param question the question
     * @param answer the answer
     * @param extra the extra
     */
    public Question {
        extra = OrderedMaps.copyOf(extra, "extra");
    }

    /**
     * A question without extra members.
     *
     * @param id the id
     * @param difficulty the difficulty
     * @param question the question text
     * @param answer the answer Markdown
     * @return the question
     */
    public static Question of(String id, String difficulty, String question, String answer) {
        return new Question(id, difficulty, question, answer, Map.of());
    }

    /**
     * The difficulty as an enum.
     *
     * @return the difficulty, or empty if absent or not one of the three
     */
    public Optional<Difficulty> level() {
        return Difficulty.parse(difficulty);
    }
}
