package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random graphs with every value kind, shared containers and cycles survive encode → decode
 * (and canonical JSON → graph → encode → decode) with the same canonical JSON: the same
 * values, the same sharing, the same cycles.
 */
class GraphRoundTripPropertyTest {
    private static final DevalueCodec CODEC = DevalueCodec.builder().tags(NuxtTags.all()).tag(TagHandler.keep("Custom_Thing")).build();
    private static final CanonicalJson CANONICAL = CODEC.canonicalJson();

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 400)
    void encodeThenDecodeKeepsTheGraph(@ForAll("seeds") long seed) {
        Object graph = new GraphMaker(new Random(seed)).make();
        String expected = CANONICAL.write(graph);
        String payload = CODEC.encode(graph);
        Object decoded = CODEC.decode(payload, "<seed " + seed + ">");
        assertThat(CANONICAL.write(decoded)).as("payload %s", payload).isEqualTo(expected);
    }

    @Property(tries = 200)
    void canonicalJsonReadsBackToAnEquivalentGraph(@ForAll("seeds") long seed) {
        Object graph = new GraphMaker(new Random(seed)).make();
        String canonical = CANONICAL.write(graph);
        Object read = CANONICAL.parse(canonical, "<seed " + seed + ">");
        assertThat(CANONICAL.write(read)).isEqualTo(canonical);
        assertThat(CANONICAL.write(CODEC.decode(CODEC.encode(read), "<re-encoded>"))).isEqualTo(canonical);
    }

    @Example
    void theGeneratedGraphsShareAndCycle() {
        int refs = 0;
        int big = 0;
        for (long seed = 0; seed < 400; seed++) {
            String canonical = CANONICAL.write(new GraphMaker(new Random(seed)).make());
            refs += canonical.contains("\"$type\":\"ref\"") ? 1 : 0;
            big += canonical.length() > 300 ? 1 : 0;
        }
        assertThat(refs).as("graphs with shared containers or cycles").isGreaterThan(80);
        assertThat(big).as("graphs of some size").isGreaterThan(100);
    }

    /** Builds a random graph: a pool of containers filled with primitives, leaves and references into the pool. */
    static final class GraphMaker {
        private static final String[] STRINGS = {"", "a", "same", "$type", "$$x", "<script>", "line\nbreak", "\u2028", "\ud800", "\udc00x",
            "😀", "ü", "\"q\"", "\\", "tab\t", "/path/x"};
        private final Random r;
        private final List<Object> pool = new ArrayList<>();
        private final JsArrayBuffer buffer;

        GraphMaker(Random r) {
            this.r = r;
            byte[] bytes = new byte[16];
            r.nextBytes(bytes);
            this.buffer = new JsArrayBuffer(bytes);
        }

        Object make() {
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                pool.add(container());
            }
            for (Object c : new ArrayList<>(pool)) {
                fill(c);
            }
            if (r.nextInt(8) == 0) {
                return primitive();
            }
            return pool.get(0);
        }

        private Object container() {
            switch (r.nextInt(7)) {
                case 0: return new ArrayList<Object>();
                case 1: return new LinkedHashMap<String, Object>();
                case 2: return new SparseArray(2 + r.nextInt(r.nextBoolean() ? 5 : 5000));
                case 3: return new NullProtoObject();
                case 4: return new JsSet();
                case 5: return new JsMap();
                default: return new LinkedHashMap<String, Object>();
            }
        }

        @SuppressWarnings("unchecked")
        private void fill(Object c) {
            int n = r.nextInt(8);
            if (c instanceof List<?> l) {
                for (int i = 0; i < n; i++) {
                    ((List<Object>) l).add(value());
                }
            } else if (c instanceof Map<?, ?> m) {
                for (int i = 0; i < n; i++) {
                    ((Map<String, Object>) m).put(key(), value());
                }
            } else if (c instanceof SparseArray a) {
                for (int i = 0; i < n && i < a.length() - 1; i++) {
                    a.set(r.nextInt((int) a.length() - 1), value());
                }
            } else if (c instanceof NullProtoObject o) {
                for (int i = 0; i < n; i++) {
                    o.members().put(key(), value());
                }
            } else if (c instanceof JsSet s) {
                for (int i = 0; i < n; i++) {
                    s.add(value());
                }
            } else if (c instanceof JsMap m) {
                for (int i = 0; i < n; i++) {
                    m.add(value(), value());
                }
            }
        }

        private String key() {
            return r.nextInt(4) == 0 ? STRINGS[r.nextInt(STRINGS.length)] + "k" : "k" + r.nextInt(6);
        }

        private Object value() {
            switch (r.nextInt(6)) {
                case 0:
                case 1:
                    return pool.get(r.nextInt(pool.size()));
                case 2:
                    return leaf();
                case 3:
                    return tagged();
                default:
                    return primitive();
            }
        }

        private Object tagged() {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("v", primitive());
            switch (r.nextInt(6)) {
                case 0: return new Tagged("Reactive", inner);
                case 1: return new Tagged("Ref", primitive());
                case 2: return new Tagged("EmptyRef", List.of(JsonNull.INSTANCE, Boolean.FALSE, 0.0, "", Undefined.INSTANCE, BigInteger.ZERO).get(r.nextInt(6)));
                case 3: return new NuxtError(Map.of("statusCode", 404.0));
                case 4: return new Tagged("Custom_Thing", pool.get(r.nextInt(pool.size())) instanceof Tagged ? inner : inner);
                default: return new Tagged("ShallowReactive", new ArrayList<>(List.of(primitive())));
            }
        }

        private Object primitive() {
            switch (r.nextInt(9)) {
                case 0: return STRINGS[r.nextInt(STRINGS.length)];
                case 1: return (double) r.nextInt(100) - 50;
                case 2: return List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1e21, 5e-324, 0.1, 1.7976931348623157e308,
                        9007199254740993.0, -1e-7).get(r.nextInt(11));
                case 3: return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
                case 4: return r.nextBoolean();
                case 5: return JsonNull.INSTANCE;
                case 6: return Undefined.INSTANCE;
                case 7: return BigInteger.valueOf(r.nextLong()).multiply(BigInteger.valueOf(r.nextInt(3) - 1));
                default: return "s" + r.nextInt(5);
            }
        }

        private Object leaf() {
            switch (r.nextInt(12)) {
                case 0: return JsDate.of(java.time.Instant.ofEpochMilli(r.nextLong() % 8_000_000_000_000_000L));
                case 1: return JsDate.INVALID;
                case 2: return new JsRegExp("a(b|c)+\\/[x]", "gi");
                case 3: return new JsBoxed(List.of("s", 5.0, Boolean.TRUE, Double.NaN, -0.0, BigInteger.TEN).get(r.nextInt(6)));
                case 4: return new JsUrl("https://example.com/a?b=1");
                case 5: return new JsUrlSearchParams("a=1&b=%C3%BC");
                case 6: return new JsTemporal(TemporalKind.PLAIN_DATE, "2024-02-29");
                case 7: return buffer;
                case 8: {
                    TypedArrayKind k = TypedArrayKind.values()[r.nextInt(TypedArrayKind.values().length)];
                    int size = k.bytesPerElement();
                    int offset = size * r.nextInt(16 / size + 1);
                    int length = r.nextInt((16 - offset) / size + 1);
                    return new JsTypedArray(k, buffer, offset, length);
                }
                case 9: return new JsDataView(buffer, 2, 5);
                case 10: return new JsArrayBuffer(new byte[0]);
                default: return new JsTemporal(TemporalKind.DURATION, "P1Y2M3DT4H5M6.5S");
            }
        }
    }
}
