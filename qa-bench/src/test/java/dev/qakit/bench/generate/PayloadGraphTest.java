package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class PayloadGraphTest {
    /** The member names of the seed payload's fifth value, the page object. */
    private static List<String> seedPageKeys() throws IOException {
        byte[] seed;
        try (InputStream in = PayloadGraphTest.class.getResourceAsStream("/inputs/seed/async-basics._payload.json")) {
            assertThat(in).isNotNull();
            seed = in.readAllBytes();
        }
        List<String> keys = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), seed)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            for (int i = 0; i < 4; i++) {
                p.nextToken();
                p.skipChildren();
            }
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                keys.add(p.currentName());
                p.nextToken();
            }
        }
        return keys;
    }

    @Test
    void thePageHasTheSeedsMembersInTheSeedsOrder() throws IOException {
        SiteGenerator site = new SiteGenerator(1);
        SyntheticPage page = site.hugePage(10_000);
        Map<String, Object> root = PayloadGraph.of(page, List.of(page));
        assertThat(root.keySet()).containsExactly("data", "prerenderedAt");
        Map<String, Object> data = Graphs.map(root.get("data"));
        assertThat(data.keySet()).containsExactly("qa-" + page.path());
        Map<String, Object> entry = Graphs.map(data.get("qa-" + page.path()));
        assertThat(entry.keySet()).containsExactly("page", "siblings", "blog");
        Map<String, Object> p = Graphs.map(entry.get("page"));
        assertThat(new ArrayList<>(p.keySet())).isEqualTo(seedPageKeys());
        assertThat(p.get("questionsCount")).isEqualTo(page.questions().size());
        assertThat(Graphs.list(entry.get("siblings"))).containsExactly(
                Map.<String, Object>of("subtopic", page.subtopic(), "path", page.path(), "order", 1));
    }

    @Test
    void nuxtsPayloadDecodesBackToTheGraphWithDataShallowReactive() {
        SiteGenerator site = new SiteGenerator(2);
        SyntheticPage page = site.hugePage(5_000);
        Map<String, Object> root = PayloadGraph.of(page, List.of(page));
        Object decoded = dev.qakit.io.devalue.DevalueCodec.builder().tags(dev.qakit.io.devalue.NuxtTags.all()).build()
                .decode(Generate.nuxtPayload(root), "test");
        Map<String, Object> back = Graphs.map(decoded);
        assertThat(back.keySet()).containsExactly("data", "prerenderedAt");
        assertThat(back.get("data")).isInstanceOfSatisfying(dev.qakit.io.devalue.Tagged.class,
                t -> assertThat(t.tag()).isEqualTo("ShallowReactive"));
        Map<String, Object> data = Graphs.map(((dev.qakit.io.devalue.Tagged) back.get("data")).value());
        Map<String, Object> p = Graphs.map(Graphs.map(data.get("qa-" + page.path())).get("page"));
        assertThat(p.get("title")).isEqualTo(page.title());
        assertThat(Graphs.list(p.get("questions"))).hasSize(page.questions().size());
        assertThat(Graphs.map(Graphs.list(p.get("questions")).get(0)).get("a")).isEqualTo(page.questions().get(0).a());
        assertThat(p.get("related")).isSameAs(dev.qakit.model.JsonNull.INSTANCE);
    }

    @Test
    void plainJsonWritesTheGraphInOrder() {
        Map<String, Object> graph = new java.util.LinkedHashMap<>();
        graph.put("b", List.of(1, 2L, true));
        graph.put("a", null);
        graph.put("s", "x\"\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlainJson.write(graph, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"b\":[1,2,true],\"a\":null,\"s\":\"x\\\"\\n\"}");
    }
}
