package dev.qakit.io.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.NodeProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JsNumberText} against node's {@code String(x)}: the committed edge cases (recorded by
 * {@code src/test/node/numbers.mjs edge}) always, and a million random doubles that the same
 * script generates from a fixed seed when node is installed.
 */
class JsNumberTextTest {
    private static final String EDGE_CASES = "number-edge-cases.txt";
    private static final Path SCRIPT = Path.of("src", "test", "node", "numbers.mjs");
    private static final Path WORK_DIR = Path.of("target", "node-numbers");
    private static final int RANDOM_COUNT = 1_000_000;
    private static final String SEED = "20261205";

    @Test
    void layoutFollowsEcmaScript() {
        assertThat(JsNumberText.toString(-0.0)).isEqualTo("0");
        assertThat(JsNumberText.toString(Double.NaN)).isEqualTo("NaN");
        assertThat(JsNumberText.toString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(JsNumberText.toString(1e21)).isEqualTo("1e+21");
        assertThat(JsNumberText.toString(123456789012345680000.0)).isEqualTo("123456789012345680000");
        assertThat(JsNumberText.toString(1e-7)).isEqualTo("1e-7");
        assertThat(JsNumberText.toString(0.000001)).isEqualTo("0.000001");
        assertThat(JsNumberText.toString(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(JsNumberText.toString(2e23)).isEqualTo("2e+23");
        StringBuilder sb = new StringBuilder("x=");
        JsNumberText.append(-1.5, sb);
        assertThat(sb).hasToString("x=-1.5");
    }

    @Test
    void committedEdgeCasesMatchNode() throws IOException {
        List<String> lines;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(EDGE_CASES), EDGE_CASES)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSizeGreaterThan(3000);
        assertThat(mismatches(lines)).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aMillionRandomDoublesMatchNode() throws IOException, InterruptedException {
        Assumptions.assumeTrue(NodeProcess.nodeRuns(), "node is not installed: the comparison with a million doubles printed by node is skipped");
        Files.createDirectories(WORK_DIR);
        Path script = WORK_DIR.resolve("numbers.mjs");
        Files.copy(SCRIPT, script, StandardCopyOption.REPLACE_EXISTING);
        Path random = WORK_DIR.resolve("random-" + SEED + ".txt");
        Path edge = WORK_DIR.resolve("edge.txt");
        run("node", script.toString(), "random", Integer.toString(RANDOM_COUNT), SEED, random.toString());
        run("node", script.toString(), "edge", edge.toString());

        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(EDGE_CASES), EDGE_CASES)) {
            assertThat(Files.readString(edge, StandardCharsets.UTF_8))
                    .as("the committed edge cases are what numbers.mjs records today")
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> lines = Files.readAllLines(random, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(RANDOM_COUNT);
        assertThat(mismatches(lines)).isEmpty();
    }

    /** The lines ({@code <hex bits> <String(x)>}) whose double Java prints differently, at most 20, each with Java's text. */
    private static List<String> mismatches(List<String> lines) {
        List<String> bad = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16));
            String expected = line.substring(space + 1);
            String actual = JsNumberText.toString(x);
            if (!actual.equals(expected) && bad.size() < 20) {
                bad.add(line + " but Java printed " + actual);
            }
        }
        return bad;
    }

    private static void run(String... command) {
        NodeProcess.Result r = NodeProcess.run(Path.of("."), true, command);
        assertThat(r.code()).as(r.output()).isZero();
    }
}
