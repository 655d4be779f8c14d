package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.ReadResult;
import dev.qakit.io.json.PageJson;
import dev.qakit.io.nuxt.DataEntry;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nuxt HTML extraction on hostile input: the payload script found by a real HTML parser in
 * mutated corpus pages and generated pages, decoded and mapped onto pages. Every input gives a
 * payload or problems.
 */
class NuxtHtmlFuzzTest {
    static final NuxtPayloadReader READER = NuxtPayloadReader.builder().build();

    static void target(byte[] input) {
        ReadResult<NuxtPayload> r = READER.readHtml(new String(input, StandardCharsets.UTF_8), "fuzz/index.html");
        Fuzz.checkContract(r);
        exercise(r);
    }

    /** Walks what a payload offers, as a caller would. */
    static void exercise(ReadResult<NuxtPayload> r) {
        r.sourceMap().locate("/data");
        r.sourceMap().locate("/state/x/0");
        r.value().ifPresent(p -> {
            for (DataEntry e : p.entries()) {
                if (e instanceof DataEntry.QuestionPage q) {
                    q.sourceMap().locate("/page/questions/0/a");
                    q.sourceMap().locate("/page/title");
                    PageJson.standard().toJson(q.data());
                }
            }
        });
    }

    @Test
    void corpusMutations() {
        Mutator m = new Mutator(Seeds.files("nuxt", ".html"), Generators.HTML_TOKENS, Fuzz.seed(), 4096);
        assertThat(Fuzz.run("nuxt-html-mutations", Fuzz.inputs() / 2, m::input, NuxtHtmlFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    @Test
    void generatedPages() {
        Iterator<String> pages = Seeds.samples(Generators.nuxtHtml(), Fuzz.seed());
        assertThat(Fuzz.run("nuxt-html-generated", Fuzz.inputs() / 2, i -> pages.next().getBytes(StandardCharsets.UTF_8),
                NuxtHtmlFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    static Stream<String> regressions() {
        return Regressions.names(NuxtHtmlFuzzTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void regression(String name) throws Exception {
        target(Regressions.bytes(NuxtHtmlFuzzTest.class, name));
    }

    /** Coverage-guided: replays the same inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) {
        target(input);
    }
}
