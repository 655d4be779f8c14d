package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The payloads whose outcome in JavaScript depends on the runtime: what this decoder chooses
 * for each (strict base64, Temporal and Float16Array always available, a byte-order mark
 * skipped), and the 20 001-level array that devalue itself writes but cannot read on a default
 * Node stack.
 */
@Timeout(60)
class RuntimeDependentVectorsTest {
    private final DevalueCodec codec = Vectors.codec("6.0.3");

    private Map<String, Map<String, Object>> vectors() {
        return Vectors.files("runtime-dependent").stream().map(JsonTree::readObject)
                .collect(Collectors.toMap(v -> (String) v.get("name"), v -> v));
    }

    @Test
    void allSevenAreCovered() {
        assertThat(vectors().keySet()).containsExactlyInAnyOrder("arraybuffer-base64url", "arraybuffer-invalid-base64",
                "arraybuffer-unpadded-base64", "deep-array-20000", "float16array-without-runtime-support", "json-bom",
                "temporal-without-runtime-support");
    }

    @Test
    void deepArrayOf20000LevelsDecodesToExpected() {
        Map<String, Object> v = vectors().get("deep-array-20000");
        Object decoded = codec.decode(Vectors.payload(v), "<vector>");
        DevalueConformanceTest.assertCanonical(codec, decoded, v.get("expected"));
    }

    @Test
    void base64OtherThanStandardPaddedIsRejected() {
        for (String name : List.of("arraybuffer-base64url", "arraybuffer-invalid-base64", "arraybuffer-unpadded-base64")) {
            ReadResult<Object> r = codec.read(Vectors.payload(vectors().get(name)), name);
            assertThat(r.problems()).as(name).singleElement()
                    .satisfies(p -> {
                        assertThat(p.ruleId()).isEqualTo("devalue.bad-operand");
                        assertThat(p.message()).startsWith("invalid base64");
                        assertThat(p.location().pointer()).isEqualTo("@0");
                        assertThat(p.location().line()).isEqualTo(1);
                        assertThat(p.location().column()).isEqualTo(17);
                    });
        }
    }

    @Test
    void float16ArrayAndTemporalDecodeWithoutRuntimeSupport() {
        Object f16 = codec.decode(Vectors.payload(vectors().get("float16array-without-runtime-support")), "<f16>");
        assertThat(f16).isInstanceOfSatisfying(JsTypedArray.class, a -> {
            assertThat(a.kind()).isEqualTo(TypedArrayKind.FLOAT16);
            assertThat(a.values()).containsExactly(1.0, 2.0);
        });
        Object date = codec.decode(Vectors.payload(vectors().get("temporal-without-runtime-support")), "<temporal>");
        assertThat(date).isEqualTo(new JsTemporal(TemporalKind.PLAIN_DATE, "2024-02-29"));
    }

    @Test
    void byteOrderMarkIsSkippedInTextAndBytes() {
        String payload = Vectors.payload(vectors().get("json-bom"));
        assertThat(payload).startsWith("\uFEFF");
        assertThat(codec.decode(payload, "<text>")).isEqualTo(1.0);
        assertThat(codec.decode(payload.getBytes(StandardCharsets.UTF_8), "<bytes>")).isEqualTo(1.0);
        // the mark counts as one column of line 1
        ReadResult<Object> bad = codec.read("\uFEFF[[5]]", "<bom>");
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().column()).isEqualTo(4);
        });
        ReadResult<Object> badBytes = codec.read("\uFEFF[[5]]".getBytes(StandardCharsets.UTF_8), "<bom>");
        assertThat(badBytes.problems()).singleElement().satisfies(p -> assertThat(p.location().column()).isEqualTo(4));
    }

}
