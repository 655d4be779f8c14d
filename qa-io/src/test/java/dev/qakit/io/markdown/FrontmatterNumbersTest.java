package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.json.PageJson;
import dev.qakit.io.nuxt.TestJson;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers in frontmatter read as Nuxt Content reads them: the vectors in
 * {@code frontmatter-numbers/numbers.json} were recorded from remark-mdc's frontmatter parser
 * (the one Nuxt Content 3 uses) by the {@code generate.mjs} script beside them.
 */
class FrontmatterNumbersTest {
    private final MarkdownReader reader = Corpus.reader();

    /** One recorded scalar: its YAML text, its JavaScript type, {@code String(v)} and {@code JSON.stringify(v)}. */
    record Vector(String yaml, String type, String string, String json) {
    }

    static Stream<Named<Vector>> vectors() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(FrontmatterNumbersTest.class.getResourceAsStream("/frontmatter-numbers/numbers.json"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<?, ?> root = (Map<?, ?>) TestJson.parse(text);
        List<Named<Vector>> out = new ArrayList<>();
        for (Object o : (List<?>) root.get("vectors")) {
            Map<?, ?> m = (Map<?, ?>) o;
            Vector v = new Vector((String) m.get("yaml"), (String) m.get("type"), (String) m.get("string"), (String) m.get("json"));
            out.add(Named.of(v.yaml(), v));
        }
        assertThat(out).hasSizeGreaterThan(30);
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void aMetaValueKeepsTheNumberJavaScriptReads(Vector v) {
        ReadResult<PageData> r = reader.read("---\nn: " + v.yaml() + "\n---\n", "n.md");
        assertThat(r.problems()).isEmpty();
        Object value = r.value().orElseThrow().page().meta().get("n");
        if (v.type().equals("number")) {
            double expected = Double.parseDouble(v.string());
            assertThat(value).isInstanceOf(Number.class);
            if (value instanceof Double d) {
                assertThat(d).isEqualTo(Double.valueOf(expected));
            } else {
                // an Integer or Long holds the double exactly
                assertThat(new BigDecimal(((Number) value).longValue())).isEqualByComparingTo(new BigDecimal(expected));
            }
        } else {
            assertThat(value).isEqualTo(v.string());
        }
        assertThat(PageJson.standard().valueToJson(value)).isEqualTo(v.json());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void aNumberWhereAStringBelongsBecomesJavaScriptsText(Vector v) {
        ReadResult<PageData> r = reader.read("---\ntitle: " + v.yaml() + "\n---\n", "n.md");
        assertThat(r.value().orElseThrow().page().title()).isEqualTo(v.string());
        assertThat(r.problems()).extracting(Problem::ruleId)
                .containsExactlyElementsOf(v.type().equals("number") ? List.of("page.title-type") : List.of());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void writtenBackTheNumberReadsAgainAsTheSameValue(Vector v) {
        ReadResult<PageData> r = reader.read("---\nn: " + v.yaml() + "\n---\n", "n.md");
        String written = MarkdownWriter.standard().write(r.value().orElseThrow());
        ReadResult<PageData> again = reader.read(written, "n.md");
        assertThat(again.value().orElseThrow().page().meta()).isEqualTo(r.value().orElseThrow().page().meta());
    }
}
