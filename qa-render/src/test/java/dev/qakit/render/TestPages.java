package dev.qakit.render;

import dev.qakit.io.ReadResult;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pages for tests: the seed and the corpus payloads, read with the real
 * {@link NuxtPayloadReader}; plus hand-built pages.
 */
public final class TestPages {
    private static final NuxtPayloadReader READER = NuxtPayloadReader.builder().build();

    private TestPages() {
    }

    /** The seed page, FastAPI "Async Basics". */
    public static PageData seed() {
        return fromPayload(resource("/seed/async-basics._payload.json"), "seed/async-basics._payload.json");
    }

    /** Every question page of the corpus (14 payloads), sorted by file. */
    public static List<PageData> corpus() {
        try {
            Path root = Path.of(TestPages.class.getResource("/payloads").toURI());
            List<PageData> pages = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("_payload.json")).sorted().toList()) {
                    pages.add(fromPayload(Files.readString(f), root.relativize(f).toString()));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

    static PageData fromPayload(String text, String source) {
        ReadResult<NuxtPayload> result = READER.readPayload(text, source);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(source + ": " + result.problems());
        }
        List<PageData> pages = result.value().orElseThrow().pages();
        if (pages.size() != 1) {
            throw new IllegalStateException(source + ": expected one question page, got " + pages.size());
        }
        return pages.get(0);
    }
}
