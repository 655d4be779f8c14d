package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.ReadResult;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.ContentException;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DevalueCodecTest {
    private final DevalueCodec codec = DevalueCodec.builder().build();

    @Test
    void decodesEveryPrimitiveKind() {
        Object v = codec.decode("[[1,2,3,4,5,-1,-3,-4,-5,-6],null,true,\"s\",1.5,[\"BigInt\",\"-12\"]]", "<s>");
        assertThat(v).isEqualTo(List.of(JsonNull.INSTANCE, true, "s", 1.5, new BigInteger("-12"), Undefined.INSTANCE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0));
        assertThat(codec.decode("-6", "<s>")).isEqualTo(-0.0);
        assertThat(codec.decode("-1", "<s>")).isSameAs(Undefined.INSTANCE);
        assertThat(codec.decode("[-1]", "<s>")).isEqualTo(-1.0);
    }

    @Test
    void sharedSlotsAreOneInstanceAndCyclesCloseOnThemselves() {
        Object v = codec.decode("[{\"a\":1,\"b\":1,\"self\":0},[2],\"x\"]", "<s>");
        Map<?, ?> root = (Map<?, ?>) v;
        assertThat(root.get("a")).isSameAs(root.get("b"));
        assertThat(root.get("self")).isSameAs(root);
        assertThat(List.copyOf(root.keySet())).isEqualTo(List.of("a", "b", "self"));
    }

    @Test
    void integerLikeKeysComeFirstAsInJavaScript() {
        Object v = codec.decode("[{\"b\":1,\"a\":1,\"10\":1,\"2\":1},0]", "<s>");
        assertThat(List.copyOf(((Map<?, ?>) v).keySet())).isEqualTo(List.of("2", "10", "b", "a"));
    }

    @Test
    void tagCycleRunsTheReviverAgainAsDevalueDoes() {
        DevalueCodec nuxt = DevalueCodec.builder().tags(NuxtTags.all()).build();
        Tagged outer = (Tagged) nuxt.decode("[[\"Reactive\",1],{\"back\":0}]", "<s>");
        Map<?, ?> inner = (Map<?, ?>) outer.value();
        Tagged back = (Tagged) inner.get("back");
        assertThat(back).isNotSameAs(outer);
        assertThat(back.value()).isSameAs(inner);
    }

    @Test
    void bigIntOperandsThatAreIntegralNumbersConvertAsBigIntDoes() {
        DevalueCodec codec = DevalueCodec.builder().build();
        // BigInt(1e21) is 1000000000000000000000n; BigInt(2 ** 64) is 18446744073709551616n
        assertThat(codec.decode("[[\"BigInt\",1e21]]", "<s>")).isEqualTo(BigInteger.TEN.pow(21));
        assertThat(codec.decode("[[\"BigInt\",18446744073709552000]]", "<s>")).isEqualTo(BigInteger.TWO.pow(64));
        assertThat(codec.decode("[[\"BigInt\",-7]]", "<s>")).isEqualTo(BigInteger.valueOf(-7));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("[{\"a\":1},\n  [1, 7]]", "devalue.bad-reference", "reference 7 is out of range: the payload has 2 slots", 2, 7, "@1"),
                Arguments.of("[[\"Frob\",0]]", "devalue.unknown-tag", "unknown tag 'Frob': no handler is registered for it", 1, 3, "@0"),
                Arguments.of("[[\"Map\",0]]", "devalue.bad-arity", "a Map needs key-value pairs, got an odd number of operands (1)", 1, 9, "@0"),
                Arguments.of("[[\"Ref\",0]]", "devalue.circular-reference", "slot 0 (tag 'Ref') refers back to itself before it is complete", 1, 9, "@0"),
                Arguments.of("[{\"x\":\"y\"}]", "devalue.bad-reference", "expected a reference (a slot index or a special value), got the string \"y\"", 1, 7, "@0"),
                Arguments.of("[[0.5]]", "devalue.bad-reference", "expected a reference (a slot index or a special value), got the number 0.5", 1, 3, "@0"),
                Arguments.of("[[-8]]", "devalue.bad-reference", "unknown special reference -8 (expected -1, -3, -4, -5 or -6)", 1, 3, "@0"),
                Arguments.of("[{\"a\":-2}]", "devalue.bad-reference", "the hole marker -2 is only valid as an element of an array", 1, 7, "@0"),
                Arguments.of("[{\"__proto__\":0}]", "devalue.proto-key", "an object must not have a '__proto__' key", 1, 3, "@0"),
                Arguments.of("[[-7,2,0]]", "devalue.bad-sparse-array", "the last index of a sparse array has no value", 1, 8, "@0"),
                Arguments.of("[[\"BigInt\",\"1.5\"]]", "devalue.bad-operand", "cannot convert '1.5' to a BigInt", 1, 12, "@0"),
                // a JSON number beyond the double range is an infinity, as in JSON.parse; BigInt() rejects it
                Arguments.of("[[\"BigInt\",51e999]]", "devalue.bad-operand", "the number Infinity cannot be converted to a BigInt: it is not an integer", 1, 12, "@0"),
                Arguments.of("[[1],[\"BigInt\",-1e400]]", "devalue.bad-operand", "the number -Infinity cannot be converted to a BigInt: it is not an integer", 1, 16, "@1"),
                Arguments.of("[[\"BigInt\",1.5]]", "devalue.bad-operand", "the number 1.5 cannot be converted to a BigInt: it is not an integer", 1, 12, "@0"),
                Arguments.of("[[\"Uint16Array\",1,1,1],[\"ArrayBuffer\",\"AAECAw==\"]]", "devalue.bad-operand",
                        "start offset of Uint16Array should be a multiple of 2", 1, 19, "@0"),
                Arguments.of("5", "devalue.invalid-root", "a bare number must be -1, -3, -4, -5 or -6 (a special value), got 5", 1, 1, ""),
                Arguments.of("{}", "devalue.invalid-root", "expected a JSON array of slots (or a bare -1, -3, -4, -5 or -6), got a JSON object", 1, 1, ""),
                Arguments.of("[]", "devalue.invalid-root", "the payload is an empty array: expected at least the root slot", 1, 1, ""),
                Arguments.of("[1] [2]", "devalue.json-syntax", "unexpected a JSON array after the payload", 1, 5, ""),
                Arguments.of("", "devalue.json-syntax", "the payload is empty: expected a JSON array", 1, 1, ""),
                Arguments.of("[\"ab", "devalue.json-syntax", null, 1, 5, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void badPayloadIsOneProblemAtTheOffendingSlot(String payload, String rule, String message, int line, int column, String pointer) {
        DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
        for (ReadResult<Object> r : List.of(codec.read(payload, "p.json"), codec.read(payload.getBytes(StandardCharsets.UTF_8), "p.json"))) {
            assertThat(r.value()).isEmpty();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.ruleId()).isEqualTo(rule);
                if (message != null) {
                    assertThat(p.message()).isEqualTo(message);
                }
                assertThat(p.location()).isEqualTo(new SourceLocation("p.json", line, column, pointer));
            });
        }
        assertThatThrownBy(() -> codec.decode(payload, "p.json")).isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).problems()).extracting(Problem::ruleId).containsExactly(rule));
    }

    @Test
    void columnsCountUtf16UnitsInBytesToo() {
        String payload = "[{\"ü😀\":1},\"😀\",[9]]";
        Object ok = codec.decode(payload.getBytes(StandardCharsets.UTF_8), "b");
        assertThat(ok).isEqualTo(Map.of("ü😀", "😀"));
        String bad = "[{\"ü😀\":2},[\"x\"],[9]]";
        assertThat(codec.read(bad.getBytes(StandardCharsets.UTF_8), "b").problems().get(0).location().column())
                .isEqualTo(codec.read(bad, "b").problems().get(0).location().column()).isEqualTo(19);
    }

    @Test
    void readsFromEverySource(@TempDir Path dir) throws IOException {
        String payload = "[{\"a\":1},\"ü\"]";
        Map<String, Object> expected = Map.of("a", "ü");
        Path file = dir.resolve("_payload.json");
        Files.writeString(file, payload, StandardCharsets.UTF_8);
        assertThat(codec.decode(file)).isEqualTo(expected);
        assertThat(codec.read(file).value()).contains(expected);
        assertThat(codec.decode(new StringReader(payload), "r")).isEqualTo(expected);
        assertThat(codec.decode(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), "i")).isEqualTo(expected);
        assertThat(codec.decode(payload.getBytes(StandardCharsets.UTF_8), "b")).isEqualTo(expected);
        Files.writeString(file, "[[1]]", StandardCharsets.UTF_8);
        assertThat(codec.read(file).problems().get(0).location().source()).isEqualTo(file.toString().replace('\\', '/'));
    }

    @Test
    void encodesAsDevalueDoes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "</script>\u2028\ud800\u0001\"\\");
        m.put("n", List.of(1e21, 0.1, 5e-324, -0.0, Double.NaN, 100.0, 1.5e-7, 123456789012345680000.0));
        m.put("same", "</script>\u2028\ud800\u0001\"\\");
        m.put("u", Undefined.INSTANCE);
        m.put("big", BigInteger.valueOf(-5));
        // what devalue 6.0.3's stringify writes for the same object: slots numbered depth-first
        assertThat(codec.encode(m)).isEqualTo("[{\"s\":1,\"n\":2,\"same\":1,\"u\":-1,\"big\":9},"
                + "\"\\u003C/script>\\u2028\\ud800\\u0001\\\"\\\\\",[3,4,5,-6,-3,6,7,8],"
                + "1e+21,0.1,5e-324,100,1.5e-7,123456789012345680000,[\"BigInt\",\"-5\"]]");
    }

    @Test
    void encodesIntegerLikeKeysFirstAsJavaScriptObjectsHoldThem() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1.0);
        m.put("1", "x");
        m.put("a", 3.0);
        m.put("0", 4.0);
        m.put("01", 5.0);
        NullProtoObject n = new NullProtoObject();
        n.members().put("z", 1.0);
        n.members().put("7", 2.0);
        n.members().put("3", 3.0);
        // devalue 6.0.3's stringify({b: 1, "1": "x", a: 3, "0": 4, "01": 5}) and of the null-prototype object
        assertThat(codec.encode(m)).isEqualTo("[{\"0\":1,\"1\":2,\"b\":3,\"a\":4,\"01\":5},4,\"x\",1,3,5]");
        assertThat(codec.encode(n)).isEqualTo("[[\"null\",\"3\",1,\"7\",2,\"z\",3],3,2,1]");
    }

    @Test
    void encodesSpecialRootsBareAndRefusesWhatDevalueRefuses() {
        assertThat(codec.encode(Undefined.INSTANCE)).isEqualTo("-1");
        assertThat(codec.encode(-0.0)).isEqualTo("-6");
        assertThat(codec.encode(Double.NaN)).isEqualTo("-3");
        assertThat(codec.encode(-1.0)).isEqualTo("[-1]");
        assertThat(codec.encode(List.of())).isEqualTo("[[]]");
        assertThatThrownBy(() -> codec.encode(Map.of("__proto__", 1.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot encode an object with a '__proto__' key");
        assertThatThrownBy(() -> codec.encode(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot encode a value of java.lang.Object");
        assertThatThrownBy(() -> codec.encode(Map.of(1, 1.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot encode an object key of java.lang.Integer");
    }

    @Test
    void userTagHandlersComeBeforeBuiltInsAndUnknownTagsCanBeKept() {
        TagHandler date = TagHandler.of("Date", v -> "date:" + v, v -> null);
        DevalueCodec custom = DevalueCodec.builder().tag(date).build();
        assertThat(custom.decode("[[\"Date\",\"2020-01-01T00:00:00.000Z\"]]", "s")).isEqualTo("date:2020-01-01T00:00:00.000Z");
        DevalueCodec keep = codec.toBuilder().unknownTags(UnknownTagPolicy.KEEP).build();
        Tagged t = (Tagged) keep.decode("[[\"Pinia\",1],{\"a\":2},3]", "s");
        assertThat(t.tag()).isEqualTo("Pinia");
        assertThat(t.value()).isEqualTo(Map.of("a", 3.0));
        assertThat(keep.encode(t)).isEqualTo("[[\"Pinia\",1],{\"a\":2},3]");
        TagHandler failing = TagHandler.of("Money", v -> {
            throw new IllegalArgumentException("not money");
        }, v -> null);
        assertThat(DevalueCodec.builder().tag(failing).build().read("[[\"Money\",1],2]", "m").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.ruleId()).isEqualTo("devalue.bad-tag-value");
                    assertThat(p.message()).isEqualTo("tag 'Money': not money");
                });
    }

    @Test
    void legacyDialectReadsOldBoxesAndElementRanges() {
        DevalueCodec legacy = codec.toBuilder().dialect(WireDialect.LEGACY).build();
        assertThat(legacy.decode("[[\"Object\",42]]", "s")).isEqualTo(new JsBoxed(42.0));
        assertThat(codec.decode("[[\"Object\",1],42]", "s")).isEqualTo(new JsBoxed(42.0));
        assertThat(codec.decode("[[\"Object\",\"s\"]]", "s")).isEqualTo(new JsBoxed("s"));
        String view = "[[\"Uint16Array\",1,1,3],[\"ArrayBuffer\",\"AQIDBAUGBwg=\"]]";
        assertThat(((JsTypedArray) legacy.decode(view, "s")).values()).containsExactly(1027.0, 1541.0);
        assertThat(codec.read(view, "s").problems()).extracting(Problem::ruleId).containsExactly("devalue.bad-operand");
        assertThat(codec.toString()).contains("dialect=CURRENT");
    }
}
