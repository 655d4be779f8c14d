package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input: deep graphs (decoded, encoded and written as canonical JSON without recursion,
 * on Surefire's 640 KiB stack), huge lengths and oversized strings and numbers. Each ends in a
 * value or in a problem, never in another exception.
 */
@Timeout(30)
class PathologicalInputTest {
    private final DevalueCodec codec = DevalueCodec.builder().build();

    /** [[1],[2],...,[]]: slot i is an array holding slot i+1. */
    private static String nestedArrays(int depth) {
        StringBuilder sb = new StringBuilder(depth * 9).append('[');
        for (int i = 0; i < depth - 1; i++) {
            sb.append('[').append(i + 1).append("],");
        }
        return sb.append("[]]").toString();
    }

    @Test
    void aHundredThousandNestedArraysDecodeEncodeAndPrint() {
        Object decoded = codec.decode(nestedArrays(100_000), "<deep>");
        Object inner = decoded;
        int depth = 0;
        while (inner instanceof List<?> l && !l.isEmpty()) {
            inner = l.get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(99_999);
        String payload = codec.encode(decoded);
        assertThat(payload).isEqualTo(nestedArrays(100_000));
        String canonical = codec.canonicalJson().write(decoded);
        assertThat(canonical).hasSize(2 * 100_000).startsWith("[[[").endsWith("]]]");
        Object read = codec.canonicalJson().parse(canonical, "<canonical>");
        assertThat(codec.encode(read)).isEqualTo(payload);
    }

    @Test
    void deeperThanTheLimitIsAProblem() {
        ReadResult<Object> r = codec.read(nestedArrays(100_001), "<deep>");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("devalue.depth-limit");
            assertThat(p.message()).isEqualTo("the value nests deeper than the limit of 100000 containers");
            assertThat(p.location().pointer()).isEqualTo("@100000");
        });
        DevalueCodec shallow = codec.toBuilder().limits(DevalueLimits.builder().maxDepth(10).build()).build();
        assertThat(shallow.read(nestedArrays(11), "<deep>").problems()).extracting(Problem::ruleId).containsExactly("devalue.depth-limit");
        assertThat(shallow.read(nestedArrays(10), "<deep>").hasErrors()).isFalse();
    }

    @Test
    void deepJsonNestingIsAProblem() {
        String deep = "[" + "[".repeat(200_000) + "]".repeat(200_000) + "]";
        ReadResult<Object> r = codec.read(deep, "<json>");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("devalue.depth-limit");
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.location().column()).as("the array one too deep").isEqualTo(100_001);
        });
    }

    @Test
    void deepCyclesThroughTagsAndMapsDecode() {
        // slot i: {"next": i+1} wrapped every other level in a Ref and a Map
        int n = 30_000;
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            sb.append(i % 3 == 0 ? "[\"Ref\"," + next + "]" : i % 3 == 1 ? "[\"Map\",0," + next + "]" : "{\"next\":" + next + "}");
            sb.append(i < n - 1 ? "," : "]");
        }
        DevalueCodec nuxt = DevalueCodec.builder().tags(NuxtTags.all()).build();
        Object decoded = nuxt.decode(sb.toString(), "<cycle>");
        assertThat(decoded).isInstanceOf(Tagged.class);
        String canonical = nuxt.canonicalJson().write(decoded);
        assertThat(nuxt.canonicalJson().write(nuxt.decode(nuxt.encode(decoded), "<again>"))).isEqualTo(canonical);
    }

    @Test
    void hugeSparseLengthsAllocateNothing() {
        Object v = codec.decode("[[-7,4294967295]]", "<sparse>");
        assertThat(v).isInstanceOfSatisfying(SparseArray.class, a -> {
            assertThat(a.length()).isEqualTo(4_294_967_295L);
            assertThat(a.presentCount()).isZero();
        });
        assertThat(codec.encode(v)).isEqualTo("[[-7,4294967295]]");
        DevalueCodec limited = codec.toBuilder().limits(DevalueLimits.builder().maxSparseLength(1000).build()).build();
        assertThat(limited.read("[[-7,4294967295]]", "<sparse>").problems()).extracting(Problem::ruleId).containsExactly("devalue.size-limit");
    }

    @Test
    void oversizedStringsNumbersAndInputsAreProblems() throws java.io.IOException {
        DevalueCodec small = codec.toBuilder().limits(DevalueLimits.builder().maxStringLength(100).maxNumberLength(20).maxBytes(10_000).build()).build();
        assertThat(small.read("[\"" + "x".repeat(101) + "\"]", "<s>").problems()).extracting(Problem::ruleId).containsExactly("devalue.size-limit");
        assertThat(small.read("[{\"" + "k".repeat(101) + "\":0}]", "<k>").problems()).extracting(Problem::ruleId).containsExactly("devalue.size-limit");
        assertThat(small.read("[" + "1".repeat(21) + "]", "<n>").problems()).extracting(Problem::ruleId).containsExactly("devalue.size-limit");
        assertThat(small.read("[[\"BigInt\",\"" + "1".repeat(21) + "\"]]", "<b>").problems()).extracting(Problem::ruleId).containsExactly("devalue.size-limit");
        assertThat(small.read(("[" + "1,".repeat(6000) + "1]").getBytes(java.nio.charset.StandardCharsets.UTF_8), "<big>").problems())
                .extracting(Problem::ruleId).containsExactly("devalue.size-limit");
        assertThat(small.read(new java.io.ByteArrayInputStream(new byte[20_000]), "<stream>"))
                .satisfies(r -> assertThat(r.problems()).extracting(Problem::ruleId).containsExactly("devalue.size-limit"));
    }

    @Test
    void aMillionElementArrayOfOneSharedStringDecodes() {
        String payload = "[[" + "1,".repeat(999_999) + "1],\"same\"]";
        Object v = codec.decode(payload, "<wide>");
        assertThat(v).isInstanceOf(List.class);
        List<?> l = (List<?>) v;
        assertThat(l).hasSize(1_000_000);
        assertThat(l.get(999_999)).isSameAs(l.get(0));
    }
}
