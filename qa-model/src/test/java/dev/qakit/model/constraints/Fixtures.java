package dev.qakit.model.constraints;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.util.List;

/** A valid page and page data to derive broken ones from. */
final class Fixtures {
    private Fixtures() {
    }

    static Question question(String id) {
        return Question.of(id, "easy", "What is " + id + "?", "It is " + id + ".");
    }

    static Page page() {
        return Page.builder()
                .title("Async Basics")
                .stem("fastapi/fundamentals/async-basics")
                .path("/fastapi/fundamentals/async-basics")
                .frameworkSlug("fastapi")
                .topicSlug("fundamentals")
                .difficulty("medium")
                .order(1)
                .updated("2026-06-20")
                .questions(List.of(question("what-is-async-await"), question("asgi-vs-wsgi")))
                .questionsCount(2)
                .build();
    }

    static PageData data() {
        return PageData.of(page(), List.of(
                Sibling.of("Async Basics", "/fastapi/fundamentals/async-basics", 1),
                Sibling.of("Type Hints", "/fastapi/fundamentals/type-hints", 2)));
    }
}
