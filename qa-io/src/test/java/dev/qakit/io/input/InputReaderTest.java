package dev.qakit.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door's roots, configuration, folder walk and names, found from the input alone. */
class InputReaderTest {
    private static final String PAGE = "---\ntitle: A\norder: 1\ndifficulty: easy\nquestions:\n  - id: one\n    difficulty: easy\n"
            + "    q: \"Q?\"\n    a: \"A.\"\n---\n";

    @TempDir
    Path tmp;

    private static List<Unit> units(InputPlan plan) {
        try (Stream<Unit> s = plan.units()) {
            return s.toList();
        }
    }

    @Test
    void theContentRootAndQaYamlComeFromTheInputNotTheCurrentFolder() throws IOException {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("content/go/basics"));
        Files.writeString(project.resolve("qa.yaml"), "collection: qa\nexclude: [\"content/drafts/**\"]\n");
        Files.writeString(project.resolve("content/go/basics/a.md"), PAGE);
        Files.createDirectories(project.resolve("content/drafts"));
        Files.writeString(project.resolve("content/drafts/b.md"), PAGE);

        InputPlan plan = InputReader.builder().build().plan(List.of(project.resolve("content/go")));
        Input in = plan.inputs().get(0);
        assertThat(in.kind()).isEqualTo(InputKind.FOLDER);
        assertThat(in.root()).isEqualTo(project.resolve("content").toAbsolutePath());
        assertThat(in.configFile()).contains(project.resolve("qa.yaml").toAbsolutePath());
        List<Unit> units = units(plan);
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.source()).isEqualTo(project.resolve("content/go/basics/a.md").toString().replace('\\', '/'));
            assertThat(u.pageData()).singleElement().satisfies(d -> {
                assertThat(d.page().id()).isEqualTo("qa/go/basics/a.md");
                assertThat(d.page().path()).isEqualTo("/go/basics/a");
            });
        });
        // the exclude glob is relative to the folder holding qa.yaml
        assertThat(InputReader.builder().build().plan(List.of(project)).sources())
                .containsExactly(project.resolve("content/go/basics/a.md").toString().replace('\\', '/'));
    }

    @Test
    void eachProjectOfAMonorepoIsReadWithItsOwnConfigurationAsWhenGivenAlone() throws IOException {
        Path mono = tmp.resolve("mono");
        for (String project : List.of("docs", "blog", "vendored")) {
            Files.createDirectories(mono.resolve(project + "/content/go"));
            Files.writeString(mono.resolve(project + "/content/go/a.md"), PAGE);
            Files.writeString(mono.resolve(project + "/content/go/draft.md"), PAGE);
        }
        Files.writeString(mono.resolve("qa.yaml"), "collection: root\nexclude: [\"**/draft.md\"]\n");
        Files.writeString(mono.resolve("docs/qa.yaml"), "collection: docs\nexclude: [\"content/go/draft.md\"]\n");
        Files.writeString(mono.resolve("blog/.qa.yaml"), "collection: blog\n");
        // a repository of its own (a submodule, say) without a qa.yaml: the search for one stops at its root
        Files.createDirectories(mono.resolve("vendored/.git"));

        InputPlan whole = InputReader.builder().build().plan(List.of(mono));
        assertThat(whole.problems()).isEmpty();
        String docs = slashes(mono.resolve("docs/content/go/a.md"));
        String blog = slashes(mono.resolve("blog/content/go/a.md"));
        String blogDraft = slashes(mono.resolve("blog/content/go/draft.md"));
        String vendored = slashes(mono.resolve("vendored/content/go/a.md"));
        String vendoredDraft = slashes(mono.resolve("vendored/content/go/draft.md"));
        // each project's globs, relative to its own folder; the root's exclude does not reach them
        assertThat(whole.sources()).containsExactly(blog, blogDraft, docs, vendored, vendoredDraft);
        assertThat(units(whole)).extracting(u -> u.pageData().get(0).page().id()).containsExactly(
                "blog/go/a.md", "blog/go/draft.md", "docs/go/a.md", "content/go/a.md", "content/go/draft.md");
        assertThat(whole.config().collection()).contains("root");
        assertThat(whole.configFor(docs).collection()).contains("docs");
        assertThat(whole.configFor(blog).collection()).contains("blog");
        assertThat(whole.configFor(vendored)).isEqualTo(QaConfig.defaults());
        assertThat(whole.configFor("elsewhere.md")).isSameAs(whole.config());
        assertThat(whole.configs()).extracting(c -> c.collection().orElse("-")).containsExactly("root", "blog", "docs", "-");

        // the same files, pages and configurations as each project given alone
        for (String project : List.of("docs", "blog", "vendored")) {
            InputPlan alone = InputReader.builder().build().plan(List.of(mono.resolve(project)));
            List<String> sources = whole.sources().stream().filter(s -> s.startsWith(slashes(mono.resolve(project)) + "/")).toList();
            assertThat(alone.sources()).isEqualTo(sources);
            assertThat(units(alone)).extracting(u -> u.pageData().get(0).page())
                    .isEqualTo(units(whole).stream().filter(u -> sources.contains(u.source())).map(u -> u.pageData().get(0).page()).toList());
            assertThat(alone.problems()).isEmpty();
            sources.forEach(s -> assertThat(alone.configFor(s)).isEqualTo(whole.configFor(s)));
        }
    }

    @Test
    void aConfigurationGivenToTheRunAppliesEverywhereAndNestedOnesAreSaidNotApplied() throws IOException {
        Path mono = tmp.resolve("mono");
        for (String project : List.of("docs", "blog")) {
            Files.createDirectories(mono.resolve(project + "/content/go"));
            Files.writeString(mono.resolve(project + "/content/go/a.md"), PAGE);
        }
        Files.writeString(mono.resolve("docs/qa.yaml"), "collection: docs\n");
        Files.writeString(mono.resolve("blog/.qa.yaml"), "");
        Path given = Files.writeString(tmp.resolve("ci.yaml"), "collection: ci\n");

        InputPlan plan = InputReader.builder().configFile(given).build().plan(List.of(mono));
        assertThat(plan.problems()).allSatisfy(p -> {
            assertThat(p.ruleId()).isEqualTo(InputPlan.NESTED_CONFIG);
            assertThat(p.message()).contains("the one given (" + slashes(given) + ")");
        }).extracting(p -> p.location().source())
                .containsExactlyInAnyOrder(slashes(mono.resolve("docs/qa.yaml")), slashes(mono.resolve("blog/.qa.yaml")));
        assertThat(units(plan)).extracting(u -> u.pageData().get(0).page().id()).containsExactly("ci/go/a.md", "ci/go/a.md");
        assertThat(plan.sources()).allSatisfy(s -> assertThat(plan.configFor(s)).isSameAs(plan.config()));

        assertThat(InputReader.builder().config(QaConfig.defaults()).build().plan(List.of(mono)).problems())
                .hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("the one the reader was given"));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    @Test
    void dataFilesInAContentRootAreNamedAndOtherFilesArePassedOver() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("site/content"));
        Files.writeString(content.resolve("a.md"), PAGE);
        Files.writeString(content.resolve("authors.yml"), "- name: Ada\n");
        Files.writeString(content.resolve("team.json"), "[{\"name\":\"Ada\",\"id\":1}]");
        Files.writeString(tmp.resolve("site/package.json"), "{\"name\":\"site\"}");
        Files.writeString(tmp.resolve("site/notes.txt"), "not content");

        List<Unit> units = units(InputReader.builder().displayBase(tmp).build().plan(List.of(tmp.resolve("site"))));
        assertThat(units).extracting(Unit::source, Unit::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("site/content/a.md", InputKind.MARKDOWN_FILE),
                org.assertj.core.groups.Tuple.tuple("site/content/authors.yml", InputKind.DATA_FILE),
                org.assertj.core.groups.Tuple.tuple("site/content/team.json", InputKind.DATA_FILE));
        assertThat(units.get(1).problems()).extracting(Problem::format).containsExactly("site/content/authors.yml: info: a Nuxt"
                + " Content data file (.yml); qa reads question pages (Markdown, payloads, prerendered pages), so its data is not"
                + " checked [input.data-file]");
    }

    @Test
    void namesFollowTheInputAsGivenOrTheDisplayBase() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("a.md"), PAGE.replace("title: A", "title: [A]"));
        Problem byPath = units(InputReader.builder().build().plan(List.of(content))).get(0).allProblems().get(0);
        assertThat(byPath.location().source()).isEqualTo(content.resolve("a.md").toString().replace('\\', '/'));
        assertThat(byPath.location().line()).isEqualTo(2);
        Problem byBase = units(InputReader.builder().displayBase(content).build().plan(List.of(content))).get(0).allProblems().get(0);
        assertThat(byBase.location().source()).isEqualTo("a.md");
        assertThat(byBase.ruleId()).isEqualTo(byPath.ruleId());
    }

    @Test
    void aPayloadOfAnyNameIsReadAndItsProblemsKeepTheirPlace() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("exports"));
        Files.writeString(dir.resolve("page-data.json"), "[[\"BigInt\",\"x\"]]");
        List<Unit> units = units(InputReader.builder().displayBase(tmp).build().plan(List.of(dir)));
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(InputKind.PAYLOAD);
            assertThat(u.allProblems()).extracting(p -> p.location().source()).containsOnly("exports/page-data.json");
            assertThat(u.allProblems()).extracting(Problem::isError).contains(true);
        });
    }
}
