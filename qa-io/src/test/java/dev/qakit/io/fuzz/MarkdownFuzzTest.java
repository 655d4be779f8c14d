package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.ReadResult;
import dev.qakit.io.json.PageJson;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.markdown.MarkdownWriter;
import dev.qakit.model.PageData;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole Markdown pages on hostile input: frontmatter and body (minimark, MDC components,
 * tables, fences, raw HTML). Every input gives a page or problems, and a page read is written
 * back by the writer without an exception.
 */
class MarkdownFuzzTest {
    private static final MarkdownReader READER = MarkdownReader.standard();
    private static final MarkdownWriter WRITER = MarkdownWriter.builder().build();

    static void target(byte[] input) {
        ReadResult<PageData> r = READER.read(new String(input, StandardCharsets.UTF_8), "fuzz/page.md");
        Fuzz.checkContract(r);
        exercise(r);
    }

    /** Walks what a read page offers, as a caller would. */
    static void exercise(ReadResult<PageData> r) {
        r.sourceMap().locate("/page/questions/0/a");
        r.sourceMap().locate("/page/title");
        r.sourceMap().locate("/page/body/value/0");
        r.value().ifPresent(p -> {
            PageJson.standard().toJson(p);
            if (!r.hasErrors()) {
                WRITER.write(p);
            }
        });
    }

    @Test
    void corpusMutations() {
        Mutator m = new Mutator(Seeds.files("markdown/corpus", ".md"), Generators.MARKDOWN_TOKENS, Fuzz.seed(), 3072);
        assertThat(Fuzz.run("markdown-mutations", Fuzz.inputs() / 2, m::input, MarkdownFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    @Test
    void generatedPages() {
        Iterator<String> pages = Seeds.samples(Generators.markdownPage(), Fuzz.seed());
        assertThat(Fuzz.run("markdown-generated", Fuzz.inputs() / 2, i -> pages.next().getBytes(StandardCharsets.UTF_8),
                MarkdownFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    static Stream<String> regressions() {
        return Regressions.names(MarkdownFuzzTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void regression(String name) throws Exception {
        target(Regressions.bytes(MarkdownFuzzTest.class, name));
    }

    /** Coverage-guided: replays the same inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) {
        target(input);
    }
}
