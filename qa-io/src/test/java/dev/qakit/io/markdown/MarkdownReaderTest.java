package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.ReadResult;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownReaderTest {
    private final MarkdownReader reader = Corpus.reader();

    static List<String> sources() {
        return Corpus.sources();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyCorpusSourceLoadsWithoutProblems(String file) throws IOException {
        ReadResult<PageData> r = reader.read(Corpus.root(), Corpus.root().resolve(file));
        if (file.equals("rust/ownership/borrowing.md")) {
            assertThat(r.problems()).extracting(Problem::ruleId, Problem::severity, p -> p.location().toString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("frontmatter.bom", Severity.WARNING, "rust/ownership/borrowing.md:1:1"));
        } else {
            assertThat(r.problems()).isEmpty();
        }
        Page page = r.orThrow().page();
        assertThat(page.id()).isEqualTo("qa/" + file);
        assertThat(page.questions()).isNotEmpty().hasSize(page.questionsCount());
        assertThat(page.questions()).allSatisfy(q -> assertThat(q.answer()).isNotBlank());
    }

    @Test
    void sourceMapPointsAtEveryValue() {
        ReadResult<PageData> r = reader.read(Corpus.read("django/views/class-based-views.md"), "django/views/class-based-views.md");
        assertThat(at(r, "/page/title")).isEqualTo("django/views/class-based-views.md:2:8");
        assertThat(at(r, "/page/order")).isEqualTo("django/views/class-based-views.md:8:8");
        assertThat(at(r, "/page/navigation")).isEqualTo("django/views/class-based-views.md:13:3");
        assertThat(at(r, "/page/navigation/icon")).isEqualTo("django/views/class-based-views.md:14:9");
        assertThat(at(r, "/page/meta/author")).isEqualTo("django/views/class-based-views.md:15:9");
        assertThat(at(r, "/page/meta/tags")).isEqualTo("django/views/class-based-views.md:16:7");
        assertThat(at(r, "/page/meta/tags/1")).isEqualTo("django/views/class-based-views.md:16:16");
        assertThat(at(r, "/page/questions")).isEqualTo("django/views/class-based-views.md:18:3");
        assertThat(at(r, "/page/questions/2")).isEqualTo("django/views/class-based-views.md:52:5");
        assertThat(at(r, "/page/questions/2/id")).isEqualTo("django/views/class-based-views.md:52:9");
        // a question's text and answer at their first character: after the quote, on the block's first line
        assertThat(at(r, "/page/questions/2/q")).isEqualTo("django/views/class-based-views.md:54:9");
        assertThat(at(r, "/page/questions/2/a")).isEqualTo("django/views/class-based-views.md:56:7");
        assertThat(at(r, "/page/body")).isEqualTo("django/views/class-based-views.md:114:1");
        assertThat(r.sourceMap().locate("/page/questions/2/a").pointer()).isEqualTo("/page/questions/2/a");
        // A pointer without its own location falls back to the nearest located ancestor.
        assertThat(at(r, "/page/questions/2/extra")).isEqualTo("django/views/class-based-views.md:52:5");
    }

    @Test
    void locationsCountTheBomOnLineOneOnlyAndCrlfAsOneLineEnd() {
        ReadResult<PageData> bom = reader.read(Corpus.read("rust/ownership/borrowing.md"), "rust/ownership/borrowing.md");
        assertThat(Corpus.read("rust/ownership/borrowing.md")).startsWith("\uFEFF---");
        assertThat(at(bom, "/page/title")).isEqualTo("rust/ownership/borrowing.md:2:8");
        assertThat(at(bom, "/page/updated")).isEqualTo("rust/ownership/borrowing.md:10:10");
        assertThat(at(bom, "/page/questions/1/a")).isEqualTo("rust/ownership/borrowing.md:26:7");
        assertThat(bom.orThrow().page().title()).isEqualTo("Borrowing");

        String crlf = Corpus.read("go/concurrency/channels.md");
        assertThat(crlf).contains("\r\n");
        ReadResult<PageData> r = reader.read(crlf, "go/concurrency/channels.md");
        assertThat(at(r, "/page/title")).isEqualTo("go/concurrency/channels.md:2:8");
        assertThat(at(r, "/page/questions/1/a")).isEqualTo("go/concurrency/channels.md:26:7");
        assertThat(r.orThrow().page().questions().get(1).answer()).doesNotContain("\r");
    }

    @Test
    void aBomBeforeAYamlErrorShiftsLineOneColumns() {
        ReadResult<PageData> r = reader.read("\uFEFF---json\n{}\n---\n", "x.md");
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontmatter.bom", "x.md:1:1"),
                        org.assertj.core.groups.Tuple.tuple("frontmatter.language", "x.md:1:2"));
    }

    @Test
    void dottedKeysAreUnflattenedAndLocated() {
        ReadResult<PageData> r = reader.read(Corpus.read("go/concurrency/index.md"), "go/concurrency/index.md");
        Page page = r.orThrow().page();
        assertThat(page.navigation()).isEqualTo(Navigation.of(Map.of("icon", "i-logos-go", "title", "Concurrency overview")));
        assertThat(((Navigation.Custom) page.navigation()).fields().keySet()).containsExactly("icon", "title");
        assertThat(at(r, "/page/navigation/icon")).isEqualTo("go/concurrency/index.md:11:18");
        assertThat(at(r, "/page/navigation/title")).isEqualTo("go/concurrency/index.md:12:19");
        assertThat(page.path()).isEqualTo("/go/concurrency");
        assertThat(page.stem()).isEqualTo("go/concurrency/index");
    }

    @Test
    void pageFieldsFollowNuxtContent() {
        Page p = reader.read(Corpus.read("django/orm/relationships.md"), "django/orm/relationships.md").orThrow().page();
        assertThat(p.title()).isEqualTo("Relationships");
        assertThat(p.seo().title()).isNull();
        assertThat(p.seo().description()).isEmpty();
        assertThat(p.description()).isEmpty();
        assertThat(p.related()).containsExactly("/django/orm/querysets", "/django/orm/migrations");
        assertThat(p.navigation()).isEqualTo(Navigation.SHOWN);
        assertThat(p.updated()).isEqualTo("2026-04-28");
        assertThat(p.updatedDate()).contains(LocalDate.of(2026, 4, 28));
        assertThat(p.questionsCount()).isEqualTo(6);
        assertThat(p.meta()).isEmpty();

        Page cbv = reader.read(Corpus.read("django/views/class-based-views.md"), "django/views/class-based-views.md").orThrow().page();
        assertThat(cbv.meta()).containsExactly(Map.entry("author", "Priya Raman"), Map.entry("tags", List.of("django", "views", "oop")));
        assertThat(cbv.related()).isNull();

        Page spring = reader.read(Corpus.read("spring-boot/core/auto-configuration.md"), "spring-boot/core/auto-configuration.md").orThrow().page();
        assertThat(spring.navigation()).isEqualTo(Navigation.HIDDEN);
        assertThat(spring.updated()).isEqualTo("2026-03-15");
        assertThat(spring.seoDescription()).startsWith("Spring Boot auto-configuration interview questions: @Conditional");

        Page jpa = reader.read(Corpus.read("spring-boot/data/1.jpa-transactions.md"), "spring-boot/data/1.jpa-transactions.md").orThrow().page();
        assertThat(jpa.id()).isEqualTo("qa/spring-boot/data/1.jpa-transactions.md");
        assertThat(jpa.stem()).isEqualTo("spring-boot/data/1.jpa-transactions");
        assertThat(jpa.path()).isEqualTo("/spring-boot/data/jpa-transactions");
        assertThat(jpa.extension()).isEqualTo("md");
    }

    @Test
    void yamlCoreSchemaKeepsNorwayAndDatesAsStrings() {
        String md = """
                ---
                title: T
                updated: 2026-06-20
                lang: no
                toggle: on
                answer: yes
                count: 42
                big: 12345678901
                ratio: 1.5
                whole: 2.0
                hex: 0x1F
                nothing: null
                tilde: ~
                empty:
                flag: True
                # a comment
                folded: >
                  one
                  two

                literal: |
                  text
                    indented
                keep: |+
                  a

                strip: |-
                  b
                ---
                """;
        Page p = reader.read(md, "a.md").orThrow().page();
        assertThat(p.updated()).isEqualTo("2026-06-20");
        Map<String, Object> m = p.meta();
        assertThat(m).containsEntry("lang", "no").containsEntry("toggle", "on").containsEntry("answer", "yes")
                .containsEntry("count", 42).containsEntry("big", 12345678901L).containsEntry("ratio", 1.5)
                .containsEntry("whole", 2).containsEntry("hex", 31)
                .containsEntry("nothing", JsonNull.INSTANCE).containsEntry("tilde", JsonNull.INSTANCE)
                .containsEntry("empty", JsonNull.INSTANCE).containsEntry("flag", true)
                .containsEntry("folded", "one two\n").containsEntry("literal", "text\n  indented\n")
                .containsEntry("keep", "a\n\n").containsEntry("strip", "b");
        assertThat(m.get("count")).isInstanceOf(Integer.class);
        assertThat(m).doesNotContainKey("a comment");
    }

    @Test
    void declaredKeysAreConfigurable() {
        MarkdownReader narrow = reader.toBuilder().declaredKeys(Set.of("framework")).build();
        Page p = narrow.read("---\nframework: Go\norder: 3\n---\n", "a.md").orThrow().page();
        assertThat(p.framework()).isEqualTo("Go");
        assertThat(p.order()).isNull();
        assertThat(p.questionsCount()).isNull();
        assertThat(p.meta()).containsExactly(Map.entry("order", 3));
        assertThat(narrow.declaredKeys()).containsExactly("framework");
        assertThat(reader.declaredKeys()).isEqualTo(MarkdownReader.DEFAULT_DECLARED_KEYS);
    }

    @Test
    void emptyAndMissingFrontmatter() {
        ReadResult<PageData> empty = reader.read("---\n---\n\n# Hello\n\nFirst paragraph.\n", "guide/1.intro.md");
        assertThat(empty.problems()).isEmpty();
        Page p = empty.orThrow().page();
        assertThat(p.title()).isEqualTo("Hello");
        assertThat(p.seo().title()).isEqualTo("Hello");
        assertThat(p.description()).isEqualTo("First paragraph.");
        assertThat(p.path()).isEqualTo("/guide/intro");
        assertThat(p.questions()).isEmpty();
        assertThat(p.questionsCount()).isZero();

        ReadResult<PageData> none = reader.read("Just text.\n", "guide/my-notes.md");
        assertThat(none.problems()).isEmpty();
        assertThat(none.orThrow().page().title()).isEqualTo("My Notes");
        assertThat(none.orThrow().page().seo().title()).isNull();
        assertThat(none.orThrow().page().description()).isEqualTo("Just text.");
        assertThat(none.orThrow().blog()).isEqualTo(JsonNull.INSTANCE);
        assertThat(none.orThrow().siblings()).isEmpty();
    }

    @Test
    void dashesInsideTheBodyAreThematicBreaks() {
        ReadResult<PageData> r = reader.read("---\ntitle: T\n---\n\nAbove\n\n---\n\nBelow\n", "a.md");
        assertThat(r.problems()).isEmpty();
        assertThat(r.orThrow().page().body().value()).extracting(n -> ((dev.qakit.model.BodyNode.Element) n).tag())
                .containsExactly("p", "hr", "p");
    }

    @Test
    void anUnclosedFenceIsAnError() {
        ReadResult<PageData> r = reader.read("---\ntitle: T\n\nno end\n", "a.md");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontmatter.unclosed", "a.md:1:1"));
        assertThat(reader.read("---", "a.md").problems()).extracting(Problem::ruleId).containsExactly("frontmatter.unclosed");
    }

    @Test
    void aClosingLineLongerThanThreeDashesClosesWithAWarning() {
        ReadResult<PageData> r = reader.read("---\ntitle: T\n--- trailing\nBody\n", "a.md");
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontmatter.fence", "a.md:3:1"));
        assertThat(r.orThrow().page().title()).isEqualTo("T");
    }

    @Test
    void yamlSyntaxErrorsPointAtTheLine() {
        ReadResult<PageData> r = reader.read("---\ntitle: T\nquestions:\n  - id: a\n   q: bad indent\n---\n", "a.md");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.ruleId()).isEqualTo("frontmatter.yaml-syntax");
        assertThat(p.location().toString()).isEqualTo("a.md:5:4");
    }

    @Test
    void wrongTypesAreProblemsAtTheValue() {
        ReadResult<PageData> r = reader.read("""
                ---
                title: 42
                order: first
                questions: not a list
                related: /one
                ---
                """, "a.md");
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString(), Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("page.title-type", "a.md:2:8", "'title' must be a string, found the number 42"),
                org.assertj.core.groups.Tuple.tuple("page.order-type", "a.md:3:8", "'order' must be a whole number, found the string 'first'"),
                org.assertj.core.groups.Tuple.tuple("page.questions-type", "a.md:4:12", "'questions' must be a list of questions ({id, difficulty, q, a}), found the string 'not a list'"),
                org.assertj.core.groups.Tuple.tuple("page.related-type", "a.md:5:10", "'related' must be a list of page routes, found the string '/one'"));
        Page p = r.value().orElseThrow().page();
        assertThat(p.title()).isEqualTo("42");
        assertThat(p.order()).isNull();
        assertThat(p.questions()).isEmpty();
        assertThat(p.related()).isNull();
    }

    @Test
    void wrongQuestionMembersKeepTheirIndex() {
        ReadResult<PageData> r = reader.read("""
                ---
                questions:
                  - just text
                  - id: b
                    difficulty: easy
                    q: 7
                    a: [x]
                    hint: extra member
                ---
                """, "a.md");
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("page.questions-type", "a.md:3:5"),
                org.assertj.core.groups.Tuple.tuple("question.text-type", "a.md:6:8"),
                org.assertj.core.groups.Tuple.tuple("question.answer-type", "a.md:7:8"));
        List<dev.qakit.model.Question> qs = r.value().orElseThrow().page().questions();
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).id()).isNull();
        assertThat(qs.get(1).question()).isEqualTo("7");
        assertThat(qs.get(1).answer()).isNull();
        assertThat(qs.get(1).extra()).containsExactly(Map.entry("hint", "extra member"));
    }

    @Test
    void duplicateKeysAreReportedAndTheLastWins() {
        ReadResult<PageData> r = reader.read("---\ntitle: A\norder: 1\ntitle: B\n---\n", "a.md");
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontmatter.duplicate-key", "a.md:4:1"));
        assertThat(r.value().orElseThrow().page().title()).isEqualTo("B");
        assertThat(r.sourceMap().locate("/page/title").toString()).isEqualTo("a.md:4:8");
    }

    @Test
    void aliasesWork() {
        Page p = reader.read("---\nbase: &b {x: 1}\ncopy: *b\n---\n", "a.md").orThrow().page();
        assertThat(p.meta()).containsEntry("copy", Map.of("x", 1));
    }

    @Test
    @Timeout(5)
    void aBillionLaughsIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        sb.append("---\n");
        ReadResult<PageData> r = reader.read(sb.toString(), "lol.md");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::ruleId).containsExactly("frontmatter.alias-limit");
    }

    /**
     * snakeyaml-engine 3.0.1 loops forever flattening a merge key whose source is the mapping that
     * holds it (found by Jazzer); the reader refuses the recursive alias before the parser composes it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a: &a {<<: [*a]}", "a: &a\n  b: 1\n  <<: *a", "a: &a {b: {<<: *a}}", "a: &a [1, *a]"})
    @Timeout(5)
    void aRecursiveAliasIsRefusedAtItsCollection(String yaml) {
        ReadResult<PageData> r = reader.read("---\ntitle: t\n" + yaml + "\n---\n", "merge.md");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("frontmatter.alias-limit");
            assertThat(p.message()).contains("contains it");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo(4);
        });
    }

    @Test
    void anAnchorRedefinedInsideItsCollectionIsNotRecursive() {
        ReadResult<PageData> r = reader.read("---\ntitle: t\na: &a {b: &a 1, c: *a}\n---\n", "redefined.md");
        assertThat(r.problems()).extracting(Problem::ruleId).doesNotContain("frontmatter.alias-limit");
    }

    @Test
    @Timeout(5)
    void deepNestingIsAProblemNotACrash() {
        String deep = "---\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
        ReadResult<PageData> r = reader.read(deep, "deep.md");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::ruleId).containsAnyOf("frontmatter.too-deep");
        String body = "---\n---\n" + "> ".repeat(3000) + "deep\n";
        ReadResult<PageData> b = reader.read(body, "body.md");
        assertThat(b.value()).isPresent();
    }

    @Test
    void aTopLevelListIsATypeError() {
        ReadResult<PageData> r = reader.read("---\n- a\n- b\n---\n", "a.md");
        assertThat(r.problems()).extracting(Problem::ruleId, p -> p.location().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontmatter.type", "a.md:2:1"));
    }

    @Test
    void readsFilesAndFindsTheContentRoot(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("site/content/go/basics/1.intro.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Intro\n---\n");
        ReadResult<PageData> r = MarkdownReader.standard().read(file);
        assertThat(r.orThrow().page().id()).isEqualTo("content/go/basics/1.intro.md");
        assertThat(r.orThrow().page().path()).isEqualTo("/go/basics/intro");
        assertThat(r.sourceMap().locate("/page/title").toString()).isEqualTo("go/basics/1.intro.md:2:8");

        Files.write(tmp.resolve("site/content/bad.md"), new byte[] {'-', '-', '-', '\n', '-', '-', '-', '\n', (byte) 0xC3, '(', '\n'});
        ReadResult<PageData> bad = MarkdownReader.standard().read(tmp.resolve("site/content"), tmp.resolve("site/content/bad.md"));
        assertThat(bad.problems()).extracting(Problem::ruleId).containsExactly("markdown.encoding");
        assertThat(bad.value()).isPresent();
        assertThatThrownBy(() -> MarkdownReader.standard().read(tmp.resolve("site/content"), tmp.resolve("elsewhere.md")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamsATreeInPathOrderLeavingOutPartials(@TempDir Path tmp) throws IOException {
        write(tmp, "b/two.md", "---\ntitle: Two\n---\n");
        write(tmp, "a/one.md", "---\ntitle: One\n---\n");
        write(tmp, "a/_partial.md", "---\ntitle: Partial\n---\n");
        write(tmp, "_drafts/x.md", "---\ntitle: X\n---\n");
        write(tmp, "a/notes.txt", "not markdown");
        write(tmp, "a/broken.md", "---\ntitle: B\n");
        try (Stream<ReadResult<PageData>> s = reader.readTree(tmp)) {
            assertThat(s.map(r -> r.sourceMap().locate("").source())).containsExactly("a/broken.md", "a/one.md", "b/two.md");
        }
        MarkdownReader all = reader.toBuilder().includePartials(true).build();
        try (Stream<ReadResult<PageData>> s = all.readTree(tmp)) {
            assertThat(s.map(r -> r.sourceMap().locate("").source()))
                    .containsExactly("_drafts/x.md", "a/_partial.md", "a/broken.md", "a/one.md", "b/two.md");
        }
        try (Stream<ReadResult<PageData>> s = reader.readTree(tmp)) {
            assertThat(s.parallel().filter(ReadResult::hasErrors).map(r -> r.problems().get(0).ruleId())).containsExactly("frontmatter.unclosed");
        }
        assertThatThrownBy(() -> reader.readTree(tmp.resolve("missing"))).isInstanceOf(IOException.class);
    }

    @Test
    void builderValidatesAndCopies() {
        assertThatThrownBy(() -> MarkdownReader.builder().collection("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkdownReader.builder().maxAliasExpansion(0)).isInstanceOf(IllegalArgumentException.class);
        MarkdownReader r = MarkdownReader.builder().collection("qa").maxAliasExpansion(5).includePartials(true).build();
        MarkdownReader copy = r.toBuilder().build();
        assertThat(copy.collection()).isEqualTo("qa");
        assertThat(copy.maxAliasExpansion()).isEqualTo(5);
        assertThat(copy.includePartials()).isTrue();
        assertThat(MarkdownReader.standard().collection()).isEqualTo("content");
        assertThatThrownBy(() -> reader.read("x", "/abs.md")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static String at(ReadResult<PageData> r, String pointer) {
        return r.sourceMap().locate(pointer).toString();
    }
}
