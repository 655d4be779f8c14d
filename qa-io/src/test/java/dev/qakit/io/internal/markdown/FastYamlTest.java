package dev.qakit.io.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast frontmatter reader on the constructs it reads and on the edges of its subset. The
 * oracle is snakeyaml-engine throughout ({@link YamlPaths#compare}): nothing here states a value;
 * the tests say which texts the fast path reads (and then reads as composing does) and which it
 * hands back.
 */
class FastYamlTest {

    /** Texts the fast path reads; each must read exactly as composing reads it. */
    @ParameterizedTest
    @ValueSource(strings = {
            // scalars and the core schema
            "title: Hello\norder: 1\n",
            "a: 1\nb: 2.5\nc: true\nd: ~\ne:\nf: 0x1F\ng: 0o17\nh: .inf\ni: -.Inf\nj: .NaN\nk: 1e5\nl: 12345678901234567890\n",
            "a: 9007199254740993\nb: -0\nc: +12\nd: 2026-06-20\ne: no\nf: on\ng: 1.\nh: .5\ni: 1e\nj: 0x\nk: 0o8\nl: +0x1\n",
            "a: 2147483648\nb: -9223372036854775808\nc: 9223372036854775808\nd: 0xFFFFFFFFFFFFFFFFF\ne: 1e400\nf: -0.0\ng: 007\n",
            "a: True\nb: TRUE\nc: tRue\nd: ~x\ne: null x\nf: Null\ng: NULL\nh: nULL\n",
            "a: x:y\nb: http://x.test/a?b=c#d\nc: a#b\nd: -x\ne: ?x\nf: :x\ng: x,y]\nh: x{y}\ni: $X\nj: a b  c\n",
            // quoted scalars and escapes
            "a: 'it''s'\nb: ''\nc: '''x'\nd: \"\"\n",
            "a: \"\\t \\u00e9 \\x41 \\U0001F600 \\\\ \\\" \\/ \\N \\_ \\0 \\e \\a \\b \\v \\f \\r \\ \"\n",
            "a: \"\\uD83D\\uDE00 \\ud800\"\n",
            "a: \"x\\\n  y\"\nb: \"x \\\n\n  y\"\nc: \"x  \n\n\n  y  \"\nd: 'x\n\n  y'\ne: \"\n  \n\"\n",
            // plain scalars over lines
            "a: this is\n  a long\n\n  text\nb: x # comment\n# full comment\n",
            "a: x\n   \n\n  y\n   z\nb:    \n  value\n",
            // keys
            "\"quoted key\": 1\n'k': 2\na  : b\n\"k2\"   : v\n-a: 1\n---a: 1\n...a: 1\n~: 1\nnull: 2\n1: 3\n'<<': 4\n$a: 5\n",
            "\uD83D\uDE00\uD83D\uDE00: \uD83D\uDE00\nb:\n\u2028: x\u2028y\nc: x\u00a0y\n",
            "a:\n  b/c: 1\n  d~e: 2\n",
            // duplicate keys, nested, with their locations
            "dup: 1\ndup: 2\nx:\n  y: 1\nx:\n  z: 2\nx: 3\n",
            // sequences
            "list:\n- a\n- b\nnext: x\n",
            "a:\n  - b: 1\n    c: 2\n  - d\n  -\n  - - e\n    - f\n",
            "x:\n-  - a\n   - b\n- c\ny:\n  - a: 1\n    b: 2\n  -   c: 3\n      d: 4\n",
            "a:\n- 1\n- 2\nb:\n  c:\n  - 3\n  d: 4\ne: 5\n",
            "a:\n- \n  x: 1\n- x: 1\n  y: 2\nz: 3\n",
            "a:\n  -\n    - b\n  -\n  - c\n",
            // block scalars
            "a: |\n  line one\n  line two\n\n  para\nb: >-\n  folded\n  text\n\n  more\n",
            "a: |+\n  keep\n\n\nb: |-\n  strip\n\nc: |2\n   two\n",
            "a: >\n  x\n   y\n  z\n\n  w\nb: >\n  x\n  \ty\n  z\n",
            "a:\n  |\n    x\nb:\n- |\n  x\n",
            "a: |\n  \n   x\nb: |\n  x\n# c\nc: |\n    x\n  # c\n",
            "a: |",
            "a: |\n  x",
            "a: >-\n\n  x\n",
            // flow sequences
            "tags: [a, \"b\", 3, 'c d', true]\na: []\nb: [ ]\nc: [a,]\nd: [a , b]\ne: [a b , c d]\nf: [a#b]\ng: [x:y, http://x]\n",
            "a: [1, 0x10, .inf, null, ~, true, '1', -a, ?a]\nb: [a]#c\nc: [ 'a' , \"b\" ]\n",
            // comments, blank lines, empty values, the end of the text
            "",
            "# only\n\n",
            "a: 1\n  \n",
            "a:",
            "a: \"x\"",
            "a: [x]",
            "a: x #c",
            "a: 'x'#c",
            "a: b\t# c\n",
            "a: [a\t, b]\n",
            "a\t: b\n",
            "  a: 1\n  b: 2\n",
            "a:\n  # c\n  b: 1\n# d\n  c: 2\n",
    })
    void readsAsComposingDoes(String yaml) {
        assertThat(YamlPaths.compare(yaml)).as("the fast path reads %s", yaml).isNotNull();
    }

    /** Texts the fast path hands back: outside its subset, or not YAML. */
    @ParameterizedTest
    @ValueSource(strings = {
            // anchors, aliases, tags, complex keys, flow mappings, merge keys, ENV references
            "a: &x 1\n", "a: *x\n", "a: !!str 1\n", "? a\n: b\n", "a: {b: c}\n", "<<: x\n", "a: <<\n", "a: ${X}\n", "a: [<<]\n",
            // documents and directives
            "--- \na: 1\n", "a: 1\n...\n", "a: 1\n---\n", "%YAML 1.2\n---\na: 1\n", "a: \"x\n--- y\"\n",
            // a root that is not a mapping
            "- a\n- b\n", "just text\n", "\"quoted\"\n", "[a]\n",
            // tabs where a token may start, carriage returns, byte-order marks, NEL, control characters
            "a:\tb\n", "\ta: b\n", "a: \"b\"\t\n", "a: [b]\t\n", "a: |\t\n  x\n", "a: |\n\tx\n", "- a\n-\tb\n",
            "a: b\r\n", "\uFEFFa: b\n", "a: b\uFEFF\n", "a: x\u0085y\n", "a: \u0007\n", "a: \uD800\n",
            // multi-line and nested flow sequences
            "a: [a\n, b]\n", "a: [a,\n b]\n", "a: [a, [b]]\n", "a: [a: b]\n", "a: [x:]\n",
            // not YAML
            "a: b\n  c: d\n", "key: value:\n", "a: - b\n", "a: \"x\"y\n", "a: [a]]\n", "a: [,]\n", "a: [a,,]\n", "a: 'x\n", "a: \"x",
            "a: \"\\x\"\n", "a: \"\\q\"\n", "a: \"\\U00110000\"\n", "a: |0\n  x\n", "a: |\n    x\n  y\n", "a: |\n   \n  x\n", "a: b\nc\n",
            "a:\n    b: 1\n  c: 2\n", "  a: 1\nb: 2\n", "a:\n  -\n  x: 1\n", "a: b\n c: d\n",
    })
    void handsBack(String yaml) {
        assertThat(YamlPaths.compare(yaml)).as("the fast path hands back %s", yaml).isNull();
    }

    /** A simple key ends within 1 024 code points of its start; the fast path hands back longer keys. */
    @Test
    void longKeys() {
        assertThat(YamlPaths.compare("k".repeat(1020) + ": v\n")).isNotNull();
        assertThat(YamlPaths.compare("k".repeat(1020) + "    : v\n")).isNotNull();
        assertThat(YamlPaths.compare("k".repeat(1025) + ": v\n")).isNull();
        assertThat(YamlPaths.compare("'" + "k".repeat(1030) + "': v\n")).isNull();
    }

    @Test
    void nestingDeeperThanTheBoundIsHandedBack() {
        StringBuilder shallow = new StringBuilder();
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            shallow.append(" ".repeat(i)).append("k:\n");
        }
        for (int i = 0; i < 70; i++) {
            deep.append(" ".repeat(i)).append("k:\n");
        }
        assertThat(YamlPaths.compare(shallow.toString())).isNotNull();
        assertThat(YamlPaths.compare(deep.toString())).isNull();
        assertThat(YamlPaths.compare("a: " + "[".repeat(3) + "]".repeat(3) + "\n")).isNull();
    }

    /**
     * The core schema's resolution of plain scalars, on random texts made of the characters of its
     * patterns: every text the fast path reads must come out with the value and type composing
     * gives.
     */
    @Test
    void plainScalarsResolveAsTheCoreSchemaDoes() {
        String alphabet = "0123456789+-.eExXoOabcdfinINaAtTrRuUlLsS~_$<{} ";
        SplittableRandom r = new SplittableRandom(20261205);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder v = new StringBuilder();
            int length = 1 + r.nextInt(8);
            for (int k = 0; k < length; k++) {
                v.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (YamlPaths.compare("a: " + v + "\n") != null) {
                read++;
            }
        }
        assertThat(read).isGreaterThan(15_000);
    }

    @Test
    void duplicateKeysAreReportedAsComposingReportsThem() {
        List<Problem> problems = new ArrayList<>();
        String yaml = "a: 1\na: 2\n";
        YamlTree tree = FastYaml.read(yaml, 2, SourceText.of("t.md", "---\n" + yaml + "---\n"), problems);
        assertThat(tree).isNotNull();
        assertThat(problems).extracting(Problem::ruleId).containsExactly("frontmatter.duplicate-key");
        assertThat(YamlPaths.compare(yaml)).isNotNull();
    }

    @Test
    void emptyFrontmatterIsTheEmptyTree() {
        List<Problem> problems = new ArrayList<>();
        assertThat(FastYaml.read("# nothing\n\n", 2, SourceText.of("t.md", "---\n# nothing\n\n---\n"), problems)).isSameAs(YamlTree.EMPTY);
        assertThat(problems).isEmpty();
    }

    @Test
    void theTextsTheSchemaTagsOtherwiseAreLeftToTheParser() {
        assertThat(FastYaml.plainValue("<<")).isNull();
        assertThat(FastYaml.plainValue("${X}")).isNull();
    }
}
