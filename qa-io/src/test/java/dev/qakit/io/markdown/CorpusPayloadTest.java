package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records read from each corpus Markdown source equal the page the generated site holds for
 * it (decoded from its {@code _payload.json} into {@code expected/<stem>.json}), field by field,
 * {@code __hash__} aside; code blocks are compared without Shiki's highlighting.
 */
class CorpusPayloadTest {

    static List<String> pages() {
        Path root = Corpus.expected();
        try (Stream<Path> s = Files.walk(root)) {
            List<String> stems = s.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/').replaceAll("\\.json$", "")).sorted().toList();
            assertThat(stems).hasSize(14);
            return stems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @SuppressWarnings("unchecked")
    void markdownRecordsEqualThePayload(String stem) throws IOException {
        List<ReadResult<PageData>> tree = Corpus.reader().readTreeWithSiblings(Corpus.root());
        PageData data = tree.stream().map(r -> r.value().orElseThrow()).filter(d -> stem.equals(d.page().stem())).findFirst().orElseThrow();
        Map<String, Object> want = (Map<String, Object>) PayloadShape.readJson(Corpus.expected().resolve(stem + ".json"));
        Map<String, Object> got = PayloadShape.of(data);
        Map<String, Object> wantPage = (Map<String, Object>) want.get("page");
        Map<String, Object> gotPage = (Map<String, Object>) got.get("page");
        wantPage.remove("__hash__");
        assertThat(gotPage.keySet()).containsExactlyElementsOf(wantPage.keySet());
        for (String key : wantPage.keySet()) {
            Object expected = key.equals("body") ? unhighlighted((Map<String, Object>) wantPage.get(key)) : wantPage.get(key);
            assertThat(gotPage.get(key)).as(stem + " page." + key).isEqualTo(expected);
        }
        assertThat(got.get("blog")).isEqualTo(want.get("blog"));
        // Siblings: the payload also lists pages held back from the corpus; the others match, in order.
        Set<String> present = tree.stream().map(r -> r.value().orElseThrow().page().path()).collect(Collectors.toSet());
        List<Object> wantSiblings = ((List<Object>) want.get("siblings")).stream()
                .filter(s -> present.contains(((Map<String, Object>) s).get("path"))).toList();
        assertThat(got.get("siblings")).as(stem + " siblings").isEqualTo(wantSiblings);
        assertThat(data.siblings()).extracting(Sibling::path).isNotEmpty();
    }

    /** The payload body before Shiki: its spans replaced by the raw code, its props as the code handler sets them, its style node dropped. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> unhighlighted(Map<String, Object> body) {
        List<Object> value = new ArrayList<>();
        for (Object n : (List<Object>) body.get("value")) {
            if (n instanceof List<?> el && el.get(0).equals("style")) {
                continue;
            }
            if (n instanceof List<?> el && el.get(0).equals("pre")) {
                Map<String, Object> props = (Map<String, Object>) el.get(1);
                String code = (String) props.get("code");
                String language = (String) props.get("language");
                // the shape before Shiki runs: @nuxtjs/mdc's code handler, properties in name order
                Map<String, Object> p = new java.util.LinkedHashMap<>();
                p.put("className", List.of("language-" + language));
                p.put("code", code);
                for (String key : List.of("filename", "highlights", "language", "meta")) {
                    if (props.containsKey(key)) {
                        p.put(key, props.get(key));
                    }
                }
                value.add(List.of("pre", p, List.of("code", Map.of("__ignoreMap", ""), code)));
                continue;
            }
            value.add(n);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>(body);
        out.put("value", value);
        return out;
    }
}
