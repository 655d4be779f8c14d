package dev.qakit.render;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hand-built pages and test resources. Pages read from real payloads need qa-io, which depends on
 * this module; the tests that use them live in qa-render-it.
 */
public final class TestPages {
    private TestPages() {
    }

    /** A text resource of the test class path. */
    public static String resource(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of one question, with the page's fields set and one sibling (itself). */
    public static PageData page(String title, List<Question> questions) {
        Page page = Page.builder().title(title).framework("FastAPI").frameworkSlug("fastapi").topic("Fundamentals")
                .topicSlug("fundamentals").subtopic(title).difficulty("medium").order(1).updated("2026-06-20")
                .path("/fastapi/fundamentals/test").stem("fastapi/fundamentals/test").questions(questions)
                .questionsCount(questions.size()).build();
        return PageData.of(page, List.of(Sibling.of(title, "/fastapi/fundamentals/test", 1)));
    }
}
