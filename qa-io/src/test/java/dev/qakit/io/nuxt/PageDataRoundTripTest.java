package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.json.PageJson;
import dev.qakit.model.PageData;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** payload → records → devalue graph → payload text → records: nothing changes. */
class PageDataRoundTripTest {
    private static final NuxtPayloadReader READER = NuxtPayloadReader.builder().build();
    private static final DevalueCodec CODEC = DevalueCodec.builder().tags(NuxtTags.all()).build();

    static Stream<String> routes() {
        List<String> routes = Corpus.questionRoutes();
        assertThat(routes).hasSize(14);
        return routes.stream();
    }

    @ParameterizedTest
    @MethodSource("routes")
    void encodesBackToAPayloadThatReadsTheSame(String route) throws IOException {
        PageData data = READER.read(Corpus.page("inline", route)).orThrow().pages().get(0);
        Map<String, Object> root = Map.of("data", Map.of("qa-" + route, PageDataGraph.toGraph(data)));
        String text = CODEC.encode(root);
        NuxtPayload again = READER.readPayload(text, "encoded").orThrow();
        assertThat(again.pages()).containsExactly(data);
        assertThat(PageJson.standard().toJson(again.pages().get(0))).isEqualTo(PageJson.standard().toJson(data));
    }
}
