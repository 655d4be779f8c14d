package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small value types: their checks, accessors and JavaScript semantics. */
class ValueTypesTest {

    @Test
    void sparseArrayKeepsOnlyPresentElements() {
        SparseArray a = SparseArray.of(SparseArray.MAX_LENGTH, Map.of(0L, "a", 4_294_967_294L, "z"));
        assertThat(a.presentCount()).isEqualTo(2);
        assertThat(a.get(1)).isNull();
        assertThat(a.has(4_294_967_294L)).isTrue();
        assertThat(a.entries().keySet()).containsExactly(0L, 4_294_967_294L);
        assertThatThrownBy(() -> a.set(SparseArray.MAX_LENGTH, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SparseArray(-1)).hasMessage("length must be in [0, 4294967295], got -1");
    }

    @Test
    void setsAndMapsUseSameValueZero() {
        JsSet set = new JsSet(List.of(Double.NaN, Double.NaN, -0.0, 0.0, "a", "a"));
        assertThat(set.values()).containsExactly(Double.NaN, 0.0, "a");
        assertThat(Double.doubleToRawLongBits((Double) set.values().get(1))).isZero();
        Map<String, Object> key = new java.util.HashMap<>();
        JsMap map = new JsMap();
        map.set(key, 1.0);
        map.set(new java.util.HashMap<>(), 2.0);
        map.set(key, 3.0);
        map.set(BigInteger.TWO, "two");
        assertThat(map.size()).isEqualTo(3);
        assertThat(map.get(key)).isEqualTo(3.0);
        assertThat(map.get(BigInteger.valueOf(2))).isEqualTo("two");
        assertThat(map.get("missing")).isNull();
    }

    @Test
    void datesKeepJavaScriptsIsoText() {
        assertThat(JsDate.of(Instant.parse("2024-02-29T12:34:56.789123Z")).iso()).isEqualTo("2024-02-29T12:34:56.789Z");
        assertThat(JsDate.of(Instant.ofEpochMilli(8_640_000_000_000_000L)).iso()).isEqualTo("+275760-09-13T00:00:00.000Z");
        assertThat(JsDate.of(Instant.parse("-0001-01-01T00:00:00Z")).iso()).isEqualTo("-000001-01-01T00:00:00.000Z");
        assertThat(new JsDate("2024-02-29T12:34:56.789Z").toInstant()).contains(Instant.parse("2024-02-29T12:34:56.789Z"));
        assertThat(JsDate.INVALID.isValid()).isFalse();
        assertThat(JsDate.INVALID.toInstant()).isEmpty();
    }

    @Test
    void typedArraysAreViewsOnSharedBuffers() {
        JsArrayBuffer buffer = new JsArrayBuffer(new byte[] {1, 2, 3, 4, 0, 0, (byte) 0x80, (byte) 0xFF});
        JsTypedArray u16 = new JsTypedArray(TypedArrayKind.UINT16, buffer, 2, 2);
        assertThat(u16.values()).containsExactly(1027.0, 0.0);
        assertThat(u16.coversBuffer()).isFalse();
        assertThat(JsTypedArray.of(TypedArrayKind.BIGUINT64, buffer).values()).containsExactly(new BigInteger("18410715276757893633"));
        assertThat(JsTypedArray.of(TypedArrayKind.INT8, buffer).get(7)).isEqualTo(-1.0);
        assertThat(new JsDataView(buffer, 1, 2).bytes()).containsExactly(2, 3);
        assertThatThrownBy(() -> new JsTypedArray(TypedArrayKind.INT32, buffer, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsTypedArray(TypedArrayKind.INT32, buffer, 4, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TypedArrayKind.ofTag("Float16Array")).contains(TypedArrayKind.FLOAT16);
        assertThat(TypedArrayKind.ofTag("Uint24Array")).isEmpty();
        assertThat(TemporalKind.ofTag("Temporal.Duration")).contains(TemporalKind.DURATION);
    }

    @Test
    void boxesHoldOnlyPrimitives() {
        assertThat(new JsBoxed("s").value()).isEqualTo("s");
        assertThatThrownBy(() -> new JsBoxed(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitsAndTaggedValues() {
        DevalueLimits limits = DevalueLimits.builder().maxDepth(5).build();
        assertThat(limits.maxDepth()).isEqualTo(5);
        assertThat(limits.toBuilder().build()).isEqualTo(limits);
        assertThat(DevalueLimits.DEFAULTS.maxDepth()).isEqualTo(DevalueLimits.DEFAULT_MAX_DEPTH);
        assertThatThrownBy(() -> DevalueLimits.builder().maxDepth(0)).hasMessage("maxDepth must be at least 1, got 0");
        Tagged t = new Tagged("Ref", 1.0);
        assertThat(t).isNotEqualTo(new Tagged("Ref", 1.0));
        assertThat(t.toString()).isEqualTo("Tagged[Ref, Double]");
        TagHandler keep = TagHandler.keep("Ref");
        assertThat(keep.reduce(t)).isEqualTo(1.0);
        assertThat(keep.reduce(new Tagged("Other", 1.0))).isNull();
    }
}
