package dev.qakit.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader limit of qa-io (see docs/limits.md), just below or at its boundary and just above it. */
class LimitsTest {

    private static List<String> rules(ReadResult<?> r) {
        return r.problems().stream().map(Problem::ruleId).toList();
    }

    private static ReadResult<Object> decode(DevalueLimits limits, String payload) {
        return DevalueCodec.builder().limits(limits).build().read(payload, "limit.json");
    }

    private static String nested(int depth) {
        // Slot i is an array holding slot i + 1; the last holds a string: depth containers.
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < depth - 1; i++) {
            sb.append('[').append(i + 1).append("],");
        }
        return sb.append('[').append(depth).append("],\"leaf\"]").toString();
    }

    private static String nestedEndingEmpty(int depth, String empty) {
        // Slot i is a container holding slot i + 1; the last is an empty container: depth containers.
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < depth - 1; i++) {
            sb.append('[').append(i + 1).append("],");
        }
        return sb.append(empty).append(']').toString();
    }

    @Test
    void depth() {
        DevalueLimits l = DevalueLimits.builder().maxDepth(50).build();
        assertThat(rules(decode(l, nested(50)))).isEmpty();
        assertThat(rules(decode(l, nested(51)))).containsExactly("devalue.depth-limit");
    }

    @Test
    void depthCountsAnEmptyInnermostContainer() {
        DevalueLimits l = DevalueLimits.builder().maxDepth(50).build();
        for (String empty : new String[] {"[]", "{}", "[\"Set\"]", "[\"Map\"]", "[\"null\"]"}) {
            assertThat(rules(decode(l, nestedEndingEmpty(50, empty)))).as(empty).isEmpty();
            assertThat(rules(decode(l, nestedEndingEmpty(51, empty)))).as(empty).containsExactly("devalue.depth-limit");
        }
    }

    @Test
    void bytes() {
        String payload = "[\"" + "x".repeat(96) + "\"]"; // 100 characters
        DevalueLimits at = DevalueLimits.builder().maxBytes(100).build();
        DevalueLimits below = DevalueLimits.builder().maxBytes(99).build();
        assertThat(rules(DevalueCodec.builder().limits(at).build().read(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "b.json"))).isEmpty();
        assertThat(rules(DevalueCodec.builder().limits(below).build().read(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "b.json"))).containsExactly("devalue.size-limit");
    }

    @Test
    void stringLength() {
        DevalueLimits l = DevalueLimits.builder().maxStringLength(10).build();
        assertThat(rules(decode(l, "[\"0123456789\"]"))).isEmpty();
        assertThat(rules(decode(l, "[\"0123456789a\"]"))).containsExactly("devalue.size-limit");
    }

    @Test
    void numberLength() {
        DevalueLimits l = DevalueLimits.builder().maxNumberLength(5).build();
        assertThat(rules(decode(l, "[12345]"))).isEmpty();
        assertThat(rules(decode(l, "[123456]"))).containsExactly("devalue.size-limit");
    }

    @Test
    void sparseLength() {
        DevalueLimits l = DevalueLimits.builder().maxSparseLength(1000).build();
        assertThat(rules(decode(l, "[[-7,1000]]"))).isEmpty();
        assertThat(rules(decode(l, "[[-7,1001]]"))).containsExactly("devalue.size-limit");
    }

    @Test
    void nuxtFileBytes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("_payload.json");
        Files.writeString(f, "[{\"data\":1},{}]"); // 15 bytes
        assertThat(rules(NuxtPayloadReader.builder().maxFileBytes(15).build().read(f))).isEmpty();
        assertThat(rules(NuxtPayloadReader.builder().maxFileBytes(14).build().read(f))).containsExactly("nuxt.limit.file-size");
    }

    @Test
    void nuxtDepthDefaultsTo500() {
        NuxtPayloadReader reader = NuxtPayloadReader.builder().build();
        assertThat(NuxtPayloadReader.DEFAULT_LIMITS.maxDepth()).isEqualTo(500);
        assertThat(rules(reader.readPayload(nested(500), "d.json"))).containsExactly("nuxt.bad-root");
        assertThat(rules(reader.readPayload(nested(501), "d.json"))).contains("devalue.depth-limit");
    }

    /** Frontmatter whose aliases produce exactly {@code n} values: n aliases of an empty list (scalars are not expanded). */
    private static String aliases(int n) {
        return "---\ntitle: T\nempty: &e []\nx: [" + "*e, ".repeat(n - 1) + "*e]\n---\n";
    }

    @Test
    void yamlAliasExpansion() {
        MarkdownReader reader = MarkdownReader.builder().maxAliasExpansion(100).build();
        assertThat(rules(reader.read(aliases(100), "a.md"))).doesNotContain("frontmatter.alias-limit");
        assertThat(rules(reader.read(aliases(101), "a.md"))).containsExactly("frontmatter.alias-limit");
    }
}
