package dev.qakit.bench.generate;

import java.util.Objects;

/**
 * One generated question, in the payload's terms.
 *
 * @param id the question's slug id, unique within its page
 * @param difficulty {@code easy}, {@code medium} or {@code hard} (or a defect's bad value)
 * @param q the question text
 * @param a the answer, Markdown ending with a newline as a YAML literal block gives it
 */
record SyntheticQuestion(String id, String difficulty, String q, String a) {
    SyntheticQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(a, "a");
    }
}
