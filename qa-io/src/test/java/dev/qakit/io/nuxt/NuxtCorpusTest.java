package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.json.PageJson;
import dev.qakit.model.Body;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question page of the real corpus, in each JSON build variant: loads without problems,
 * has the questions of its Markdown source, writes back as the browser's
 * {@code JSON.stringify}, and reads the same whatever the variant.
 */
class NuxtCorpusTest {
    private static final NuxtPayloadReader READER = NuxtPayloadReader.builder().build();
    private static final Map<String, List<String>> IDS = Corpus.questionIds();

    record Case(String variant, String route) {
    }

    static Stream<Named<Case>> pages() {
        List<Named<Case>> all = new ArrayList<>();
        for (String v : List.of("extracted", "inline", "client")) {
            for (String route : IDS.keySet()) {
                all.add(Named.of(v + " " + route, new Case(v, route)));
            }
        }
        assertThat(all).hasSize(42);
        return all.stream();
    }

    static Stream<Named<String>> routes() {
        assertThat(IDS).hasSize(14);
        return IDS.keySet().stream().map(r -> Named.of(r, r));
    }

    private static PageData load(String variant, String route) throws IOException {
        ReadResult<NuxtPayload> r = READER.read(Corpus.page(variant, route));
        assertThat(r.problems()).isEmpty();
        NuxtPayload p = r.orThrow();
        assertThat(p.path()).contains(route);
        DataEntry e = p.entry("qa-" + route).orElseThrow();
        assertThat(e).isInstanceOf(DataEntry.QuestionPage.class);
        return ((DataEntry.QuestionPage) e).data();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void loadsWithTheQuestionsOfItsSource(Case c) throws IOException {
        PageData d = load(c.variant(), c.route());
        assertThat(d.page().questions()).extracting(Question::id).containsExactlyElementsOf(IDS.get(c.route()));
        assertThat(d.page().questionsCount()).isEqualTo(IDS.get(c.route()).size());
        assertThat(d.page().path()).isEqualTo(c.route());
        assertThat(d.page().body().type()).isEqualTo(Body.MINIMARK);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void writesBackAsJsonStringify(Case c) throws IOException {
        String expected = null;
        for (String line : TestJson.lines("nuxt/expected/" + c.variant() + ".jsonl")) {
            Map<?, ?> m = (Map<?, ?>) TestJson.parse(line);
            if (c.route().equals(m.get("route"))) {
                expected = (String) m.get("json");
            }
        }
        assertThat(PageJson.standard().toJson(load(c.variant(), c.route()))).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("routes")
    void theVariantsGiveEqualRecords(String route) throws IOException {
        PageData extracted = load("extracted", route);
        assertThat(load("inline", route)).isEqualTo(extracted);
        assertThat(load("client", route)).isEqualTo(extracted);
    }

    @ParameterizedTest
    @MethodSource("routes")
    void theDataHalfAloneHasThePage(String route) throws IOException {
        ReadResult<NuxtPayload> r = READER.read(Corpus.variant("extracted").resolve(route.substring(1)).resolve("_payload.json"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.orThrow().pages()).containsExactly(load("extracted", route));
        assertThat(r.orThrow().path()).isEmpty();
    }
}
