package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.JsonNull;
import dev.qakit.model.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance vectors made by the real devalue 4.3.3, 5.1.1, 5.6.4, 5.9.4 and 6.0.3: every
 * payload decodes to the value devalue's own {@code parse} returned, every decoded value
 * re-encodes to a payload that decodes to the same value, and every malformed payload is
 * rejected with a problem (never another exception). Payloads devalue 6 wrote re-encode to the
 * same bytes.
 */
@Timeout(60)
class DevalueConformanceTest {

    static Stream<Arguments> valid() {
        return Vectors.valid();
    }

    static Stream<Arguments> invalid() {
        return Vectors.folder("invalid", 102);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void decodesToExpected(Map<String, Object> vector) {
        DevalueCodec codec = Vectors.codec((String) vector.get("devalue_version"));
        Object decoded = codec.decode(Vectors.payload(vector), "<vector>");
        assertCanonical(codec, decoded, vector.get("expected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void reEncodedPayloadDecodesToExpected(Map<String, Object> vector) {
        DevalueCodec codec = Vectors.codec((String) vector.get("devalue_version"));
        Object decoded = codec.decode(Vectors.payload(vector), "<vector>");
        DevalueCodec current = codec.toBuilder().dialect(WireDialect.CURRENT).build();
        String encoded = current.encode(decoded);
        assertCanonical(current, current.decode(encoded, "<encoded>"), vector.get("expected"));
    }

    static Stream<Arguments> writtenByDevalue6() {
        // Nuxt's forward-slash post-processing changes devalue's text, so those vectors are not stringify's
        // bytes; a lossy vector's decoded value differs from the value devalue wrote (tag-cycle-tag-first)
        List<Arguments> all = Vectors.files("6.0.3").stream().map(JsonTree::readObject)
                .filter(v -> !v.containsKey("transform") && !v.containsKey("lossy"))
                .map(v -> Arguments.of(Named.of((String) v.get("name"), v)))
                .toList();
        assertThat(all).hasSize(139);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writtenByDevalue6")
    void reEncodingDevalue6OutputGivesTheSameBytes(Map<String, Object> vector) {
        DevalueCodec codec = Vectors.codec("6.0.3");
        String payload = Vectors.payload(vector);
        assertThat(codec.encode(codec.decode(payload, "<vector>"))).isEqualTo(payload);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void expectedCanonicalJsonEncodesToAnEquivalentPayload(Map<String, Object> vector) {
        DevalueCodec codec = Vectors.codec("6.0.3");
        CanonicalJson canonical = codec.canonicalJson();
        Object graph = canonical.parse(canonicalText(vector.get("expected")), "<expected>");
        assertCanonical(codec, codec.decode(codec.encode(graph), "<encoded>"), vector.get("expected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void malformedPayloadIsRejectedOrReadAsRecommended(Map<String, Object> vector) {
        DevalueCodec codec = Vectors.codec("6.0.3");
        ReadResult<Object> result = codec.read(Vectors.payload(vector), "<vector>");
        Object error = vector.get("error");
        Object recommendation = vector.get("recommendation");
        if (error != JsonNull.INSTANCE || "reject".equals(recommendation)) {
            assertThat(result.hasErrors()).as("rejected; devalue says %s", error).isTrue();
            assertThat(result.value()).isEmpty();
            assertThat(result.problems()).hasSize(1);
            Problem p = result.problems().get(0);
            assertThat(p.ruleId()).startsWith("devalue.");
            assertThat(p.location().source()).isEqualTo("<vector>");
        } else if ("accept".equals(recommendation)) {
            assertThat(result.problems()).as("accepted").isEmpty();
            assertCanonical(codec, result.value().orElseThrow(), vector.get("decoded"));
        } else {
            // "either": accepting or rejecting is fine, as long as the outcome is a value or a problem
            assertThat(result.value().isPresent() || result.hasErrors()).isTrue();
        }
    }

    static String canonicalText(Object tree) {
        return JsonTree.write(tree);
    }

    static void assertCanonical(DevalueCodec codec, Object decoded, Object expected) {
        String actual = codec.canonicalJson().write(decoded);
        String diff = JsonTree.difference(expected, JsonTree.parse(actual));
        assertThat(diff).as("canonical JSON %s", actual.length() > 2000 ? actual.substring(0, 2000) + "…" : actual).isNull();
    }
}
