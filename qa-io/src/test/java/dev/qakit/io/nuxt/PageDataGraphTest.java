package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.json.PageJson;
import dev.qakit.model.Body;
import dev.qakit.model.Navigation;
import dev.qakit.model.PageData;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question page of the corpus, as the real devalue + {@code JSON.stringify} give it
 * ({@code expected/*.jsonl}, written by {@code generate-expected-json.mjs}): mapped onto the
 * model without problems and written back, it is the same text, member order included.
 */
class PageDataGraphTest {

    record Case(String variant, String route, String key, String json) {
    }

    static Stream<Named<Case>> contentThree() {
        return cases("extracted", "inline", "client");
    }

    static Stream<Named<Case>> contentTwo() {
        return cases("content-v2");
    }

    private static Stream<Named<Case>> cases(String... variants) {
        List<Named<Case>> all = new java.util.ArrayList<>();
        for (String v : variants) {
            for (String line : TestJson.lines("nuxt/expected/" + v + ".jsonl")) {
                Map<?, ?> m = (Map<?, ?>) TestJson.parse(line);
                Case c = new Case(v, (String) m.get("route"), (String) m.get("key"), (String) m.get("json"));
                all.add(Named.of(v + " " + c.route(), c));
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(variants.length == 1 ? 7 : 42);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("contentThree")
    void contentThreePageWritesBackAsJsonStringifyDoes(Case c) {
        Object graph = TestJson.parse(c.json());
        ReadResult<PageData> r = PageDataGraph.fromGraph(graph, c.route());
        assertThat(r.problems()).isEmpty();
        PageData data = r.orThrow();
        assertThat(data.page().path()).isEqualTo(c.route());
        assertThat(data.page().body().type()).isEqualTo(Body.MINIMARK);
        assertThat(data.page().questions()).isNotEmpty();
        assertThat(data.page().questionsCount()).isEqualTo(data.page().questions().size());
        assertThat(PageJson.standard().toJson(data)).isEqualTo(c.json());
        assertThat(PageDataGraph.toGraph(data)).isEqualTo(graph);
    }

    @ParameterizedTest
    @MethodSource("contentTwo")
    void contentTwoDocumentKeepsEveryMember(Case c) {
        Object graph = TestJson.parse(c.json());
        ReadResult<PageData> r = PageDataGraph.fromGraph(graph, c.route());
        assertThat(r.problems()).isEmpty();
        PageData data = r.orThrow();
        assertThat(data.page().body().type()).isEqualTo(Body.ROOT);
        assertThat(data.page().extra()).containsEntry("_path", c.route());
        // Content 2 orders members by frontmatter: same members and values, order not kept
        assertThat(TestJson.parse(PageJson.standard().toJson(data))).isEqualTo(graph);
        assertThat(PageDataGraph.toGraph(data)).isEqualTo(graph);
    }

    @ParameterizedTest
    @MethodSource("contentThree")
    void navigationAndSeoAreTyped(Case c) {
        PageData data = PageDataGraph.fromGraph(TestJson.parse(c.json()), c.route()).orThrow();
        switch (c.route()) {
            case "/spring-boot/core/auto-configuration" -> assertThat(data.page().navigation()).isEqualTo(Navigation.HIDDEN);
            case "/go/concurrency" -> assertThat(data.page().navigation()).isInstanceOf(Navigation.Custom.class);
            case "/django/orm/relationships" -> {
                assertThat(data.page().seo().title()).isNull();
                assertThat(data.page().seo().description()).isEmpty();
            }
            case "/react/rendering/reconciliation" -> assertThat(data.page().seo().extra()).containsKey("ogImage");
            case "/django/views/class-based-views" -> assertThat(data.page().navigation()).isInstanceOf(Navigation.Custom.class);
            default -> assertThat(data.page().navigation()).isEqualTo(Navigation.SHOWN);
        }
    }
}
