package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.ReadResult;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownWriterTest {
    private final MarkdownReader reader = Corpus.reader();
    private final MarkdownWriter writer = MarkdownWriter.standard();

    static List<String> sources() {
        return Corpus.sources();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyCorpusPageRoundTrips(String file) {
        PageData read = reader.read(Corpus.read(file), file).orThrow();
        String markdown = writer.write(read);
        ReadResult<PageData> back = reader.read(markdown, file);
        assertThat(back.problems()).isEmpty();
        assertThat(back.orThrow()).isEqualTo(read);
        assertThat(writer.write(back.orThrow())).isEqualTo(markdown);
    }

    @Test
    void writesStableKeysPlainScalarsAndLiteralAnswers() {
        Page page = Page.builder()
                .title("Async Basics").stem("fastapi/fundamentals/async-basics")
                .framework("FastAPI").frameworkSlug("fastapi").order(1).difficulty("medium").updated("2026-06-20")
                .seoDescription("Questions: colons need quotes")
                .meta(Map.of("lang", "no"))
                .questions(List.of(Question.of("what-is-async-await", "easy", "What is async?", "Line one\n\n```python\nawait x\n```\n")))
                .build();
        assertThat(writer.write(page)).isEqualTo("""
                ---
                title: Async Basics
                framework: FastAPI
                frameworkSlug: fastapi
                order: 1
                difficulty: medium
                updated: 2026-06-20
                seoDescription: 'Questions: colons need quotes'
                navigation: null
                lang: 'no'
                questions:
                - id: what-is-async-await
                  difficulty: easy
                  q: What is async?
                  a: |
                    Line one

                    ```python
                    await x
                    ```
                ---
                """);
    }

    @Test
    void keepsUnknownFieldsAndOptionallyPayloadState() {
        Page page = Page.builder().title("T").stem("a/b").path("/a/b").navigation(Navigation.SHOWN)
                .putExtra("rating", 4.5).hash("abc")
                .questions(List.of(new Question("q1", "easy", "Q?", "A.", Map.of("hint", "h"))))
                .questionsCount(3)
                .build();
        PageData data = new PageData(page, List.of(Sibling.of("B", "/a/b", 1)), JsonNull.INSTANCE, Map.of("note", "x"));
        String clean = writer.write(data);
        assertThat(clean).contains("qakit:\n  extra:\n    rating: 4.5\n  data:\n    note: x\n").doesNotContain("hash");
        PageData back = reader.read(clean, "a/b.md").orThrow();
        assertThat(back.page().extra()).containsExactly(Map.entry("rating", 4.5));
        assertThat(back.extra()).containsExactly(Map.entry("note", "x"));
        assertThat(back.page().questions().get(0).extra()).containsExactly(Map.entry("hint", "h"));

        MarkdownWriter full = MarkdownWriter.builder().preservePayloadState(true).build();
        PageData exact = reader.read(full.write(data), "a/b.md").orThrow();
        assertThat(exact.page().hash()).isEqualTo("abc");
        assertThat(exact.siblings()).isEqualTo(data.siblings());
        assertThat(exact.page().questionsCount()).isEqualTo(3);
        assertThat(exact.page().toBuilder().id(null).extension(null).body(null).seo(null).description(null).build())
                .isEqualTo(page.toBuilder().build());
        assertThat(full.toBuilder().build().preservePayloadState()).isTrue();
    }

    @Test
    void quotesOnlyWhereYamlNeedsIt() {
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("plain", "hello world");
        meta.put("bool", "true");
        meta.put("num", "42");
        meta.put("date", "2026-06-20");
        meta.put("hash", "a #b");
        meta.put("lead", "- dash");
        meta.put("control", "tab\there");
        meta.put("ls", "a\u2028b");
        meta.put("empty", "");
        meta.put("nul", JsonNull.INSTANCE);
        meta.put("list", List.of());
        meta.put("nested", Map.of("k", List.of(1, "x")));
        meta.put("spaces", "  lead\nnext\n");
        Page page = Page.builder().stem("m").navigation(Navigation.SHOWN).meta(meta).build();
        String md = writer.write(page);
        assertThat(md).contains("plain: hello world\n", "bool: 'true'\n", "num: '42'\n", "date: 2026-06-20\n", "hash: 'a #b'\n",
                "lead: '- dash'\n", "control: \"tab\\there\"\n", "ls: \"a\\u2028b\"\n", "empty: ''\n", "nul: null\n", "list: []\n",
                "nested:\n  k:\n  - 1\n  - x\n", "spaces: |2\n    lead\n  next\n");
        assertThat(reader.read(md, "m.md").orThrow().page().meta()).isEqualTo(meta);
    }

    @Test
    void bodyConstructsReadBackTheSame() {
        String body = """
                # Title

                Intro with *em*, **strong**, ~~del~~, `code`, ``a ` tick``, [link](https://x.dev/a_(b) "T"), ![img](/i.png) and a\\
                hard break. Special: 1 * 2 _x_ <tag> &amp; [^nope] \\# #hash | pipe

                1. one
                2. two
                   - nested
                   - list

                - loose

                  second paragraph
                - item

                > quote
                >
                > more

                ````md
                ```inner```
                ````

                ***

                | a | b |
                |:-:|---|
                | 1 | `x|y` |

                <div class="note">HTML block</div>

                Text with a footnote[^n].

                [^n]: The note.
                """;
        String md = "---\ntitle: T\n---\n\n" + body;
        PageData first = reader.read(md, "b.md").orThrow();
        String written = writer.write(first);
        PageData second = reader.read(written, "b.md").orThrow();
        assertThat(second.page().body()).isEqualTo(first.page().body());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writesUnderTheOutputFolderByStem(@TempDir Path tmp) throws IOException {
        PageData data = reader.read(Corpus.read("go/concurrency/index.md"), "go/concurrency/index.md").orThrow();
        Path written = writer.write(data, tmp);
        assertThat(written).isEqualTo(tmp.resolve("go/concurrency/index.md"));
        assertThat(reader.read(tmp, written).orThrow()).isEqualTo(data);
        assertThat(MarkdownWriter.relativePath(Page.builder().path("/a/b").build())).isEqualTo("a/b.md");
        assertThat(MarkdownWriter.relativePath(Page.builder().path("/").build())).isEqualTo("index.md");
        assertThatThrownBy(() -> MarkdownWriter.relativePath(Page.builder().build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkdownWriter.relativePath(Page.builder().stem("../escape").build())).isInstanceOf(IllegalArgumentException.class);
    }
}
