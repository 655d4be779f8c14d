package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.ReadResult;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    private final CanonicalJson json = CanonicalJson.builder().build();

    @Test
    void writesSharingAndCyclesWithIdsInPreOrder() {
        List<Object> shared = new ArrayList<>(List.of("x"));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$type", shared);
        root.put("b", shared);
        root.put("self", root);
        root.put("u", Undefined.INSTANCE);
        root.put("n", List.of(-0.0, Double.NaN, 1.5, JsonNull.INSTANCE));
        assertThat(json.write(root)).isEqualTo("{\"$id\":1,\"$$type\":{\"$type\":\"array\",\"$id\":2,\"items\":[\"x\"]},"
                + "\"b\":{\"$type\":\"ref\",\"id\":2},\"self\":{\"$type\":\"ref\",\"id\":1},\"u\":{\"$type\":\"undefined\"},"
                + "\"n\":[{\"$type\":\"number\",\"value\":\"-0\"},{\"$type\":\"number\",\"value\":\"NaN\"},1.5,null]}");
    }

    @Test
    void writesLeavesAndIndents() {
        JsMap map = new JsMap();
        map.set(BigInteger.ONE, new JsDate("2024-02-29T12:34:56.789Z"));
        assertThat(json.toBuilder().indent(2).build().write(List.of(map, JsDate.INVALID))).isEqualTo("""
                [
                  {
                    "$type": "Map",
                    "entries": [
                      [
                        {
                          "$type": "BigInt",
                          "value": "1"
                        },
                        {
                          "$type": "Date",
                          "iso": "2024-02-29T12:34:56.789Z"
                        }
                      ]
                    ]
                  },
                  {
                    "$type": "Date",
                    "iso": null
                  }
                ]""");
    }

    @Test
    void readsWhatItWritesWithTheSameSharing() {
        String text = "{\"$id\":1,\"a\":{\"$type\":\"Set\",\"values\":[{\"$type\":\"ref\",\"id\":1},{\"$type\":\"Uint8Array\",\"values\":[1,255]}]},"
                + "\"$$k\":{\"$type\":\"sparse\",\"length\":3,\"entries\":[[1,\"v\"]]}}";
        Object graph = json.parse(text, "<c>");
        Map<?, ?> root = (Map<?, ?>) graph;
        assertThat(List.copyOf(root.keySet())).isEqualTo(List.of("a", "$k"));
        JsSet set = (JsSet) root.get("a");
        assertThat(set.values().get(0)).isSameAs(root);
        assertThat(((JsTypedArray) set.values().get(1)).values()).containsExactly(1.0, 255.0);
        assertThat(json.write(graph)).isEqualTo(text);
    }

    @Test
    void badCanonicalJsonIsAProblemWithItsPosition() {
        ReadResult<Object> r = json.read("[1,\n {\"$type\":\"bogus\"}]", "c.json");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("devalue.canonical-value");
            assertThat(p.message()).isEqualTo("unknown '$type' 'bogus'");
            assertThat(p.location()).isEqualTo(SourceLocation.at("c.json", 2, 2));
        });
        assertThat(json.read("{\"$x\":1}", "c").problems().get(0).message()).startsWith("unknown meta key '$x'");
        assertThat(json.read("[1", "c").problems().get(0).ruleId()).isEqualTo("devalue.canonical-syntax");
        assertThat(json.read("{\"$type\":\"ref\",\"id\":3}", "c").problems().get(0).ruleId()).isEqualTo("devalue.canonical-value");
        assertThatThrownBy(() -> json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
