package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import dev.qakit.io.ReadResult;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MDC in the Markdown reader and writer: every body element at its own line and column, MDC
 * written back as MDC, and hostile nesting ending cleanly. What the parser builds is checked
 * against the real parser in {@link MdcOracleTest}.
 */
class MdcReaderTest {
    private final MarkdownReader reader = MarkdownReader.standard();
    private final MarkdownWriter writer = MarkdownWriter.standard();

    private static final String PAGE = """
            ---
            title: Positions
            ---

            # Positions

            Intro with a [link](/a).

            ::note
            A note with a [nested link](/b).

              ```
              no language, inside a component
              ```
            ::

            ::card-group
              :::card{title="x"}
              #footer
              ![image](/i.png)
              :::
            ::
            """;

    @Test
    void everyBodyElementKeepsItsLineAndColumn() {
        ReadResult<PageData> r = reader.read(PAGE, "p.md");
        Body body = r.orThrow().page().body();
        List<BodyNode> nodes = body.value();
        assertThat(nodes).extracting(n -> ((BodyNode.Element) n).tag()).containsExactly("h1", "p", "note", "card-group");
        assertThat(r.sourceMap().locate("/page/body/value/0").toString()).isEqualTo("p.md:5:1");
        assertThat(r.sourceMap().locate("/page/body/value/1").toString()).isEqualTo("p.md:7:1");
        // the link in the paragraph, at its own column
        assertThat(r.sourceMap().locate("/page/body/value/1/3").toString()).isEqualTo("p.md:7:14");
        assertThat(r.sourceMap().locate("/page/body/value/2").toString()).isEqualTo("p.md:9:1");
        // inside the component: its paragraph, the link in it, and the fence (indented by two)
        assertThat(r.sourceMap().locate("/page/body/value/2/2").toString()).isEqualTo("p.md:10:1");
        assertThat(r.sourceMap().locate("/page/body/value/2/2/3").toString()).isEqualTo("p.md:10:15");
        assertThat(r.sourceMap().locate("/page/body/value/2/3").toString()).isEqualTo("p.md:12:3");
        // nested component, its slot and the image in the slot
        assertThat(r.sourceMap().locate("/page/body/value/3/2").toString()).isEqualTo("p.md:18:3");
        assertThat(r.sourceMap().locate("/page/body/value/3/2/2/2/2").toString()).isEqualTo("p.md:20:3");
    }

    @Test
    void aFenceInsideASlotIsAFenceAndPropsAreNoContent() {
        String md = "::u-page-card\n---\ntitle: Card\ncount: 2\n---\n#footer\n  ```ts\n  const x = 1\n  ```\n::\n";
        Body body = reader.read(md, "c.md").orThrow().page().body();
        BodyNode.Element card = (BodyNode.Element) body.value().get(0);
        assertThat(card.props()).containsEntry("title", "Card").containsEntry(":count", "2");
        BodyNode.Element slot = (BodyNode.Element) card.children().get(0);
        assertThat(slot.tag()).isEqualTo("template");
        assertThat(slot.props()).containsKey("v-slot:footer");
        assertThat(((BodyNode.Element) slot.children().get(0)).props()).containsEntry("language", "ts");
    }

    static Stream<String> ownPages() throws IOException {
        Path dir = pages();
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(4);
            return names.stream();
        }
    }

    private static Path pages() {
        try {
            return Path.of(Objects.requireNonNull(MdcReaderTest.class.getResource("/mdc/pages")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownPages")
    void mdcIsWrittenBackAsMdcAndReadBackTheSame(String name) throws IOException {
        PageData first = reader.read(Files.readString(pages().resolve(name)), name).orThrow();
        String written = writer.write(first);
        PageData second = reader.read(written, name).orThrow();
        assertThat(second.page().body()).as(written).isEqualTo(first.page().body());
    }

    /** The share of real-world pages whose body reads back the same after writing; the rest are listed in docs/limits.md. */
    @Test
    void realWorldBodiesMostlyReadBackTheSame() throws IOException {
        Path root = RepoFiles.resolve("testdata/realworld");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".md") && !p.getParent().equals(root)).sorted().toList();
        }
        assertThat(files).hasSize(611);
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (Path f : files) {
            PageData first = reader.read(Files.readString(f), f.getFileName().toString()).orThrow();
            PageData second = reader.read(writer.write(first), f.getFileName().toString()).orThrow();
            if (second.page().body().equals(first.page().body())) {
                same++;
            } else {
                differ.add(root.relativize(f).toString());
            }
        }
        System.out.printf("MDC round trip: %d / %d real-world bodies read back the same%n", same, files.size());
        assertThat(100.0 * same / files.size()).as("differ: %s", differ).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    @Timeout(120)
    void hostileNestingEndsCleanly() {
        int n = 100_000;
        for (String md : List.of("::a\n".repeat(n) + "::\n".repeat(n), "::a\n".repeat(n), "::a\n" + "  ::b\n".repeat(n),
                "[".repeat(n) + "]".repeat(n) + "{.a}", ":a".repeat(n), "[a]{.b}".repeat(n), "{{".repeat(n), "<b>".repeat(n),
                "::a\n" + "#s\ntext\n".repeat(n) + "::\n", "::a{" + "x=\"1\" ".repeat(n) + "}\n::\n")) {
            ReadResult<PageData> r = reader.read("---\ntitle: T\n---\n" + md, "deep.md");
            assertThat(r.value()).isPresent();
            assertThat(r.problems()).extracting(Problem::ruleId).allMatch("markdown.too-deep"::equals);
        }
    }
}
