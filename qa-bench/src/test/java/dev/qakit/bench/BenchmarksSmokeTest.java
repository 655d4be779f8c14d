package dev.qakit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.bench.generate.Generate;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

/** Runs each benchmark method once on generated inputs, so that benchmarks cannot rot unnoticed. */
class BenchmarksSmokeTest {
    @TempDir
    static Path data;

    private final Blackhole bh = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @BeforeAll
    static void generate() throws IOException {
        Generate.main(new String[] {data.toString(), "--trees", "400"});
        System.setProperty(Inputs.DATA_PROPERTY, data.toString());
        System.setProperty(Inputs.TREE_PROPERTY, "400");
    }

    @AfterAll
    static void forget() {
        System.clearProperty(Inputs.DATA_PROPERTY);
        System.clearProperty(Inputs.TREE_PROPERTY);
    }

    @Test
    void theTreeSampleSpreadsOverTheTree() {
        java.util.List<Path> sample = Inputs.treeSample();
        assertThat(sample).hasSize(Inputs.TREE_SAMPLE).doesNotHaveDuplicates().allMatch(p -> p.toString().endsWith(".md"));
        assertThat(sample).isSorted();
    }

    @Test
    void jacksonStreamingTouchesEveryToken() {
        JsonStreamingBenchmark b = new JsonStreamingBenchmark();
        b.input = "seed";
        b.setUp();
        b.jacksonStreaming(bh);
        assertThat(JsonStreamingBenchmark.touchEveryToken(new tools.jackson.core.json.JsonFactory(),
                "[1,\"ab\",{\"c\":2.5}]".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(1 + 1 + 2 + 1 + 1 + 2 + 1 + 1);
    }

    @Test
    void devalueDecodesEveryPayloadInput() {
        for (String input : new String[] {"seed", "corpus", "1mb"}) {
            DevalueDecodeBenchmark b = new DevalueDecodeBenchmark();
            b.input = input;
            b.setUp();
            b.decode(bh);
        }
    }

    @Test
    void payloadsReadIntoOneQuestionPageEach() {
        for (String input : new String[] {"seed", "corpus", "1mb"}) {
            PayloadRecordsBenchmark b = new PayloadRecordsBenchmark();
            b.input = input;
            b.setUp();
            b.read(bh);
        }
        assertThat(Pages.pages("seed")).singleElement()
                .satisfies(p -> assertThat(p.page().path()).isEqualTo("/fastapi/fundamentals/async-basics"));
        assertThat(Pages.pages("corpus")).hasSize(5);
        assertThat(Pages.pages("1mb")).singleElement().satisfies(p -> assertThat(p.page().questions()).hasSizeGreaterThan(500));
    }

    @Test
    void markdownRecordsReadTheSample() {
        MarkdownRecordsBenchmark b = new MarkdownRecordsBenchmark();
        b.setUp();
        b.read(bh);
        b.readComposingYaml(bh);
        assertThat(Pages.pages("tree")).hasSize(Inputs.TREE_SAMPLE);
    }

    @Test
    void validationRunsOnEveryInput() {
        for (String input : new String[] {"seed", "corpus", "tree"}) {
            ValidateBenchmark b = new ValidateBenchmark();
            b.input = input;
            b.setUp();
            b.validate(bh);
        }
    }

    @Test
    void bothRenderersWriteHtmlForEveryInput() throws IOException {
        for (String input : new String[] {"seed", "corpus", "tree"}) {
            RenderBenchmark b = new RenderBenchmark();
            b.input = input;
            b.setUp();
            assertThat(b.qakitHtml()).as(input).isGreaterThan(b.qakitHtmlWithoutJsonLd());
            assertThat(b.commonmarkAlone()).as(input).isPositive();
        }
    }
}
