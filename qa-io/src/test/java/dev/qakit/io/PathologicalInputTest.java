package dev.qakit.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pathological inputs, generated here (never committed), each handled in bounded time and
 * memory: a value or located problems, never an overflow or a hang.
 */
@Timeout(120)
class PathologicalInputTest {
    private static final DevalueCodec CODEC = DevalueCodec.builder().tags(NuxtTags.all()).build();
    private static final NuxtPayloadReader NUXT = NuxtPayloadReader.builder().build();
    private static final MarkdownReader MARKDOWN = MarkdownReader.standard();

    private static List<String> rules(ReadResult<?> r) {
        return r.problems().stream().map(Problem::ruleId).toList();
    }

    private static String deep(int depth, boolean objects) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < depth - 1; i++) {
            sb.append(objects ? "{\"k\":" + (i + 1) + "}," : "[" + (i + 1) + "],");
        }
        return sb.append("\"leaf\"]").toString();
    }

    @Test
    void hundredThousandDeepArraysAndObjects() {
        for (boolean objects : new boolean[] {false, true}) {
            // The codec's default depth is 100 000: it decodes without recursion.
            ReadResult<Object> r = CODEC.read(deep(100_000, objects), "deep.json");
            assertThat(r.problems()).isEmpty();
            // Past it, and in the Nuxt reader (depth 500), a located problem.
            assertThat(rules(CODEC.read(deep(100_002, objects), "deep.json"))).containsExactly("devalue.depth-limit");
            assertThat(rules(NUXT.readPayload(deep(100_000, objects), "deep.json"))).containsExactly("devalue.depth-limit");
        }
        // Deep raw JSON nesting (not through references) is bounded by the JSON reader too.
        String raw = "[" + "[".repeat(100_000) + "]".repeat(100_000) + "]";
        assertThat(rules(CODEC.read(raw, "raw.json"))).containsExactly("devalue.depth-limit");
    }

    @Test
    void fiftyMegabyteString() {
        String big = "x".repeat(50 << 20);
        ReadResult<Object> r = CODEC.read("[\"" + big + "\"]", "big.json");
        assertThat(rules(r)).containsExactly("devalue.size-limit");
        ReadResult<?> md = MARKDOWN.read("---\ntitle: T\n---\n" + big.substring(0, 5 << 20) + "\n", "big.md");
        assertThat(md.value()).isPresent();
    }

    @Test
    void cyclesThroughEveryContainer() {
        List<String> cycles = List.of("[[0]]", "[{\"a\":0}]", "[[\"Set\",0]]", "[[\"Map\",0,0]]", "[[\"null\",\"a\",0]]",
                "[[\"Object\",0]]", "[[-7,2,0,0]]", "[[\"Reactive\",0]]", "[[\"ShallowReactive\",1],{\"a\":0}]", "[[\"Ref\",0]]");
        for (String c : cycles) {
            ReadResult<Object> r = CODEC.read(c, "cycle.json");
            assertThat(r.value().isPresent() || r.hasErrors()).as(c).isTrue();
            ReadResult<?> n = NUXT.readPayload(c, "cycle.json");
            assertThat(n.value().isPresent() || n.hasErrors()).as(c).isTrue();
        }
    }

    @Test
    void aMillionSharedReferences() {
        StringBuilder sb = new StringBuilder("[[");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i == 0 ? "" : ",").append(1);
        }
        sb.append("],{\"shared\":2},\"x\"]");
        ReadResult<Object> r = CODEC.read(sb.toString(), "shared.json");
        assertThat(r.problems()).isEmpty();
        List<?> list = (List<?>) r.value().orElseThrow();
        assertThat(list).hasSize(1_000_000);
        assertThat(list.get(0)).isSameAs(list.get(999_999)).isInstanceOf(Map.class);
    }

    @Test
    void aRootThatIsASpecialNumber() {
        for (String root : List.of("-1", "-2", "-3", "-4", "-5", "-6", "-7")) {
            ReadResult<Object> r = CODEC.read(root, "root.json");
            assertThat(r.value().isPresent() || r.hasErrors()).as(root).isTrue();
            // -2 and -7 are no value at all; the others decode, but a Nuxt payload's root is an object
            String expected = root.equals("-2") || root.equals("-7") ? "devalue.invalid-root" : "nuxt.bad-root";
            assertThat(rules(NUXT.readPayload(root, "root.json"))).as(root).containsExactly(expected);
        }
    }

    @Test
    void billionLaughs() {
        StringBuilder y = new StringBuilder("---\ntitle: lol\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            y.append("l").append(i).append(": &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(9))
                    .append("*l").append(i - 1).append("]\n");
        }
        y.append("---\n");
        assertThat(rules(MARKDOWN.read(y.toString(), "lol.md"))).containsExactly("frontmatter.alias-limit");
    }

    @Test
    void anUnclosedFenceInAHundredMegabyteFile() {
        StringBuilder sb = new StringBuilder(100 << 20).append("---\ntitle: T\n");
        String line = "key: value value value value value value value value value value value value\n";
        while (sb.length() < (100 << 20)) {
            sb.append(line);
        }
        ReadResult<?> r = MARKDOWN.read(sb.toString(), "huge.md");
        assertThat(r.problems()).extracting(Problem::format)
                .containsExactly("huge.md:1:1: error: the frontmatter opened here is never closed; end it with a line '---' [frontmatter.unclosed]");
    }
}
