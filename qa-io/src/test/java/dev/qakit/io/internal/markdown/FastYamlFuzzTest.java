package dev.qakit.io.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.fuzz.Fuzz;
import dev.qakit.io.fuzz.Generators;
import dev.qakit.io.fuzz.Mutator;
import dev.qakit.io.fuzz.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast frontmatter reader against snakeyaml-engine, differentially: every input is read
 * both ways ({@link YamlPaths#compare}) and must either be handed back by the fast path or give
 * the same values, types, locations and problems. Half of the inputs are generated
 * frontmatter-like YAML, often mutated ({@link FrontmatterYamlGenerator}); half are mutations of
 * the frontmatter of the corpus and real-world pages. Each half runs {@code qakit.fuzz.inputs}
 * inputs, twice what the other readers get, as reading both ways is cheap (some twenty thousand
 * inputs a second): 20 000 in every build, two million under {@code -Pfuzz} (see docs/limits.md).
 */
class FastYamlFuzzTest {
    private static final AtomicLong READ = new AtomicLong();

    static void target(byte[] input) {
        if (YamlPaths.compare(new String(input, StandardCharsets.UTF_8)) != null) {
            READ.incrementAndGet();
        }
    }

    /** The frontmatter blocks of the corpus pages and of the real-world pages. */
    static List<byte[]> blocks() throws IOException {
        List<byte[]> pages = new ArrayList<>(Seeds.files("markdown/corpus", ".md"));
        try (Stream<Path> walk = Files.walk(FastYamlCorpusTest.repository().resolve("testdata/realworld"))) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (byte[] page : pages) {
            String s = new String(page, StandardCharsets.UTF_8);
            int end = s.indexOf("\n---", 4);
            if (s.startsWith("---\n") && end > 0) {
                out.add(s.substring(4, end + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void run(String name, int count, IntFunction<byte[]> inputs) {
        long before = READ.get();
        assertThat(Fuzz.run(name, count, inputs, FastYamlFuzzTest::target)).isEqualTo(count);
        long read = READ.get() - before;
        System.out.printf("%s: the fast path read %d of %d inputs (%.1f %%), each as snakeyaml-engine composed it%n", name, read, count,
                100.0 * read / count);
        assertThat(read).as("inputs the fast path read").isGreaterThan(count / 10);
    }

    @Test
    void generatedFrontmatter() {
        FrontmatterYamlGenerator generator = new FrontmatterYamlGenerator(Fuzz.seed());
        run("fast-yaml-generated", Fuzz.inputs(), i -> generator.input(i).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void corpusMutations() throws IOException {
        List<byte[]> seeds = blocks();
        assertThat(seeds).hasSizeGreaterThan(10);
        Mutator m = new Mutator(seeds, Generators.YAML_TOKENS, Fuzz.seed(), 2048);
        run("fast-yaml-mutations", Fuzz.inputs(), m::input);
    }

    /** Coverage-guided: replays the committed inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) {
        target(input);
    }
}
