package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.ReadResult;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.model.PageData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML frontmatter on hostile input: each input is the YAML between the fences of an
 * otherwise empty page. Seeds are the frontmatter blocks of the Markdown corpus.
 */
class FrontmatterFuzzTest {
    static final MarkdownReader READER = MarkdownReader.standard();

    static void target(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        ReadResult<PageData> r = READER.read("---\n" + yaml + "\n---\n", "fuzz/frontmatter.md");
        Fuzz.checkContract(r);
        MarkdownFuzzTest.exercise(r);
    }

    /** The frontmatter blocks of the corpus pages. */
    static List<byte[]> blocks() {
        List<byte[]> out = new ArrayList<>();
        for (byte[] page : Seeds.files("markdown/corpus", ".md")) {
            String s = new String(page, StandardCharsets.UTF_8);
            int end = s.indexOf("\n---", 4);
            if (s.startsWith("---\n") && end > 0) {
                out.add(s.substring(4, end).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void corpusMutations() {
        List<byte[]> seeds = blocks();
        assertThat(seeds).hasSizeGreaterThan(10);
        Mutator m = new Mutator(seeds, Generators.YAML_TOKENS, Fuzz.seed(), 2048);
        assertThat(Fuzz.run("frontmatter-mutations", Fuzz.inputs() / 2, m::input, FrontmatterFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    @Test
    void generatedYaml() {
        Iterator<String> yaml = Seeds.samples(Generators.yaml(), Fuzz.seed());
        assertThat(Fuzz.run("frontmatter-generated", Fuzz.inputs() / 2, i -> yaml.next().getBytes(StandardCharsets.UTF_8),
                FrontmatterFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    static Stream<String> regressions() {
        return Regressions.names(FrontmatterFuzzTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void regression(String name) throws Exception {
        target(Regressions.bytes(FrontmatterFuzzTest.class, name));
    }

    /** Coverage-guided: replays the same inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) {
        target(input);
    }
}
