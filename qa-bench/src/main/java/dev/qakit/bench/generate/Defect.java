package dev.qakit.bench.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberate content defect planted in a generated tree. Each breaks exactly one of the
 * checks both validators make, so the number of pages with errors is known in advance.
 */
enum Defect {
    /** A good page. */
    NONE,
    /** The second question's answer is blank. */
    BLANK_ANSWER,
    /** The second question repeats the first one's id. */
    DUPLICATE_ID,
    /** The page's difficulty is not one of easy, medium, hard. */
    BAD_DIFFICULTY,
    /** {@code updated} is a date that does not exist. */
    BAD_DATE,
    /** {@code order} is 0. */
    ZERO_ORDER,
    /**
     * The second question's text is blank. (Not a blank title: Nuxt Content gives a page with
     * an empty title the title of its file name, so that is no defect.)
     */
    BLANK_QUESTION;

    SyntheticPage apply(SyntheticPage page) {
        return switch (this) {
            case NONE -> page;
            case BLANK_ANSWER -> page.withQuestions(replaceSecond(page, q -> new SyntheticQuestion(q.id(), q.difficulty(), q.q(), "")));
            case DUPLICATE_ID -> page.withQuestions(replaceSecond(page,
                    q -> new SyntheticQuestion(page.questions().get(0).id(), q.difficulty(), q.q(), q.a())));
            case BAD_DIFFICULTY -> page.with(page.title(), page.order(), "expert", page.updated());
            case BAD_DATE -> page.with(page.title(), page.order(), page.difficulty(), "2026-02-30");
            case ZERO_ORDER -> page.with(page.title(), 0, page.difficulty(), page.updated());
            case BLANK_QUESTION -> page.withQuestions(replaceSecond(page, q -> new SyntheticQuestion(q.id(), q.difficulty(), "", q.a())));
        };
    }

    private static List<SyntheticQuestion> replaceSecond(SyntheticPage page,
            java.util.function.UnaryOperator<SyntheticQuestion> change) {
        List<SyntheticQuestion> questions = new ArrayList<>(page.questions());
        questions.set(1, change.apply(questions.get(1)));
        return questions;
    }
}
