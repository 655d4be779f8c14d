package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.fuzz.Fuzz;
import dev.qakit.io.fuzz.Generators;
import dev.qakit.io.fuzz.Mutator;
import dev.qakit.io.fuzz.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command line on fuzzed files: generated devalue payloads, Markdown pages and HTML
 * pages (every other one mutated) are written to a folder and run through {@code validate},
 * {@code convert} and {@code devalue decode} in-process. Bad input is the user's problem, so
 * every run ends with exit code 0 or 1 and never reports an internal error. Runs a two-hundredth of
 * {@code qakit.fuzz.inputs} per kind of file.
 */
class CliFuzzTest {
    @TempDir
    Path dir;

    private static int count() {
        return Math.max(20, Fuzz.inputs() / 200);
    }

    /** Half generated, half mutations of other generated samples. */
    private static IntFunction<byte[]> inputs(Arbitrary<String> arbitrary, List<String> tokens) {
        Iterator<String> generated = Seeds.samples(arbitrary, Fuzz.seed());
        List<byte[]> seeds = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            seeds.add(generated.next().getBytes(StandardCharsets.UTF_8));
        }
        Mutator m = new Mutator(seeds, tokens, Fuzz.seed(), 4096);
        return i -> i % 2 == 0 ? generated.next().getBytes(StandardCharsets.UTF_8) : m.input(i);
    }

    private static void check(CliRun r, String... args) {
        String all = r.out() + r.err();
        assertThat(all).as("qa %s", String.join(" ", args)).doesNotContain("internal error").doesNotContain("io.internal-error");
        assertThat(r.exitCode()).as("exit code of qa %s: %s", String.join(" ", args), r.err()).isIn(0, 1);
    }

    private static void run(String... args) {
        check(CliRun.run(args), args);
    }

    private Fuzz.Target writeAndRun(String name, String[]... commands) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return input -> {
            Files.write(file, input);
            for (String[] c : commands) {
                String[] args = new String[c.length];
                for (int k = 0; k < c.length; k++) {
                    args[k] = c[k].equals("FILE") ? file.toString() : c[k];
                }
                run(args);
            }
        };
    }

    @Test
    void devaluePayloads() throws Exception {
        Fuzz.Target t = writeAndRun("site/a/_payload.json", new String[] {"devalue", "decode", "FILE"},
                new String[] {"validate", "FILE"}, new String[] {"convert", "FILE", "--to", "json"});
        assertThat(Fuzz.run("cli-devalue", count(), inputs(Generators.devaluePayload(), Generators.DEVALUE_TOKENS), t))
                .isEqualTo(count());
    }

    @Test
    void markdownPages() throws Exception {
        Fuzz.Target t = writeAndRun("content/guide/page.md", new String[] {"validate", "FILE"},
                new String[] {"convert", "FILE", "--to", "json"});
        assertThat(Fuzz.run("cli-markdown", count(), inputs(Generators.markdownPage(), Generators.MARKDOWN_TOKENS), t))
                .isEqualTo(count());
    }

    @Test
    void htmlPages() throws Exception {
        Fuzz.Target t = writeAndRun("site/b/index.html", new String[] {"validate", "FILE"},
                new String[] {"convert", "FILE", "--to", "json"});
        assertThat(Fuzz.run("cli-html", count(), inputs(Generators.nuxtHtml(), Generators.HTML_TOKENS), t)).isEqualTo(count());
    }
}
