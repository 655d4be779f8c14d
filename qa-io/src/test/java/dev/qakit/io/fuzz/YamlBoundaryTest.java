package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fuzzers found at the frontmatter's YAML parser, pinned by behaviour: valid YAML is read
 * whatever the parser's buffering, and input the parser fails on is a located syntax error.
 */
class YamlBoundaryTest {
    private static final MarkdownReader READER = MarkdownReader.standard();
    private static final String EMOJI = "\uD83D\uDE00";

    /**
     * An emoji (two UTF-16 chars) placed so that its first half is the last char of one of the
     * parser's reads: around the end of the first read (char 1024) and of the second (char 2049),
     * and everywhere in between for good measure. The title carries an anchor, which leaves the
     * text to the parser (the fast frontmatter reader, which reads it without, has no buffer).
     */
    @ParameterizedTest(name = "emoji at char {0}")
    @ValueSource(ints = {1022, 1023, 1024, 1025, 1026, 1500, 2048, 2049, 2050, 3074})
    void aCharacterOutsideTheBmpIsReadWhereverItFalls(int at) {
        for (String prefix : new String[] {"title: &t ", "title: "}) {
            String title = "a".repeat(at - prefix.length()) + EMOJI + "b";
            ReadResult<PageData> r = READER.read("---\n" + prefix + title + "\n---\nBody\n", "emoji.md");
            assertThat(r.problems()).extracting(Problem::ruleId).doesNotContain("frontmatter.yaml-syntax");
            assertThat(r.value()).isPresent();
            assertThat(r.value().orElseThrow().page().title()).isEqualTo(title);
        }
    }

    @Test
    void aLoneHighSurrogateAtTheEndOfARead() {
        // Not valid text, but a String can hold it: a syntax error, not an exception.
        ReadResult<PageData> r = READER.read("---\ntitle: " + "a".repeat(1017) + "\uD83D\n---\nBody\n", "lone.md");
        assertThat(r.problems()).extracting(Problem::ruleId).contains("frontmatter.yaml-syntax");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.ruleId()).isNotEqualTo("io.internal-error"));
    }

    @Test
    void aTagWhoseEscapesDecodeToABlankIsASyntaxErrorWhereTheParserStopped() {
        ReadResult<PageData> r = READER.read("---\ntitle: T\ntags:\n  - !a%0D x\n  - y\n---\nBody\n", "tag.md");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.ruleId()).isEqualTo("frontmatter.yaml-syntax");
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message()).contains("Tag must not contain leading or trailing spaces");
        // The parser has read past the tagged scalar when the tag is built: the location is on its
        // line or the next, never the start of the frontmatter.
        assertThat(p.location().line()).isBetween(4, 5);
    }

    @Test
    void aTagWithATrailingEscapedSpaceToo() {
        ReadResult<PageData> r = READER.read("---\ntitle: !x%20 T\n---\n", "tag.md");
        assertThat(r.problems()).extracting(Problem::ruleId).containsExactly("frontmatter.yaml-syntax");
    }
}
