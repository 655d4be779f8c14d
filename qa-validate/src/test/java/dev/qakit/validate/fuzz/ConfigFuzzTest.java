package dev.qakit.validate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.ReadResult;
import dev.qakit.io.fuzz.Fuzz;
import dev.qakit.io.fuzz.Mutator;
import dev.qakit.io.fuzz.Regressions;
import dev.qakit.io.fuzz.Seeds;
import dev.qakit.io.input.QaConfig;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's configuration file ({@code qa.yaml}) on hostile input: mutated sample
 * configurations and generated ones. Every input gives a configuration (built from what could
 * be read) and problems, never an exception; the configuration it gives is usable.
 */
class ConfigFuzzTest {
    private static final List<String> TOKENS = List.of("rules:", "disable:", "include:", "exclude:", "limits:", "&a ", "*a", "<<: *a",
            "---\n", "? ", "!!binary ", "- ", ": ", "\n  ", "[", "]", "{", "}", "\"", "'", "**", "{a,", "\\", "\u0000", "off", "error");

    static void target(byte[] input) {
        ReadResult<QaConfig> r = QaConfig.read(new String(input, StandardCharsets.UTF_8), "qa.yaml");
        Fuzz.checkContract(r);
        assertThat(r.value()).isPresent();
        QaConfig c = r.value().orElseThrow();
        c.isIncluded("content/a/b.md");
        c.isIncluded("");
        c.severityOf("lint.code-fence-language", dev.qakit.model.problem.Severity.WARNING);
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    static Arbitrary<String> configs() {
        Arbitrary<String> id = Arbitraries.of("lint.code-fence-language", "site.duplicate-path", "a.b", "frontmatter.x", "Bad.Id", "x",
                "a..b", "nuxt.type-mismatch", "", "\"q.u\"");
        Arbitrary<String> severity = Arbitraries.of("error", "warning", "info", "off", "false", "true", "ERROR", "1", "[]", "{}", "~", "");
        Arbitrary<String> glob = Arbitraries.of("**/*.md", "*", "**", "{a,b}", "{a,{b,c}}", "[abc]", "a/**/b", "\\", "{", "}", "?",
                "\"\\u0000\"", "../x", "/abs", "{" + "a,".repeat(40) + "}", "**/".repeat(30) + "x", "");
        Arbitrary<String> rules = Combinators.combine(id, severity).as((i, s) -> "  " + i + ": " + s + "\n").list().ofMaxSize(5)
                .map(l -> "rules:\n" + String.join("", l));
        Arbitrary<String> list = Combinators.combine(Arbitraries.of("disable", "include", "exclude"), glob.list().ofMaxSize(4),
                Arbitraries.integers().between(0, 2)).as((k, g, form) -> switch (form) {
                    case 0 -> k + ": [" + String.join(", ", g) + "]\n";
                    case 1 -> k + ":\n" + g.stream().map(x -> "  - " + x + "\n").reduce("", String::concat);
                    default -> k + ": " + (g.isEmpty() ? "" : g.get(0)) + "\n";
                });
        Arbitrary<String> other = Arbitraries.of("limits: {problemsPerFile: 5, files: 10}\n", "unknown: 1\n", "- a\n", "x\n", "---\n",
                "[1, 2]\n", "rules: [a]\n", "rules: x\n", "include: {a: b}\n", "a: &a [*a]\n", "&a a: *a\n", "? [k]\n: v\n", "\t\n",
                "rules:\n  a.b:\n    nested: error\n");
        return Arbitraries.oneOf(rules, list, other).list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Test
    void corpusMutations() {
        Mutator m = new Mutator(Seeds.files("config-corpus", ".yaml"), TOKENS, Fuzz.seed(), 1024);
        assertThat(Fuzz.run("config-mutations", Fuzz.inputs() / 2, m::input, ConfigFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    @Test
    void generatedConfigs() {
        Iterator<String> it = Seeds.samples(configs(), Fuzz.seed());
        assertThat(Fuzz.run("config-generated", Fuzz.inputs() / 2, i -> it.next().getBytes(StandardCharsets.UTF_8),
                ConfigFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    static Stream<String> regressions() {
        return Regressions.names(ConfigFuzzTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void regression(String name) throws Exception {
        target(Regressions.bytes(ConfigFuzzTest.class, name));
    }

    /** Coverage-guided: replays the same inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) {
        target(input);
    }
}
