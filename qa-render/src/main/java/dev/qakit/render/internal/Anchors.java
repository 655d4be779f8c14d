package dev.qakit.render.internal;

import dev.qakit.model.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;

/**
 * The element ids used on one rendered page, so that question anchors and heading anchors
 * never collide. Not thread-safe: one per render call.
 */
public final class Anchors {
    private final Set<String> used = new HashSet<>();

    /**
     * An id not used yet on this page: {@code base}, else {@code base-2}, {@code base-3}, ….
     *
     * @param base the wanted id
     * @return the id, now taken
     */
    public String unique(String base) {
        String b = base.isEmpty() ? "section" : base;
        if (used.add(b)) {
            return b;
        }
        for (int n = 2; ; n++) {
            String candidate = b + "-" + n;
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * A GitHub-style id for a heading's text ({@code What is async def?} →
     * {@code what-is-async-def}), made unique on this page.
     *
     * @param text the heading's text
     * @return the id, now taken
     */
    public String forHeading(String text) {
        return unique(IdGenerator.builder().defaultId("section").build().generateId(text));
    }

    /**
     * Takes the anchors of a page's questions, in order: each question's {@code id}, made
     * unique ({@code id-2} for a repeat), or {@code question-N} (1-based) for a question
     * without one. Call it first, so that question anchors keep their ids.
     *
     * @param questions the questions
     * @return one anchor per question
     */
    public List<String> forQuestions(List<Question> questions) {
        List<String> ids = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).id();
            ids.add(unique(id == null || id.isBlank() ? "question-" + (i + 1) : id.strip()));
        }
        return ids;
    }
}
