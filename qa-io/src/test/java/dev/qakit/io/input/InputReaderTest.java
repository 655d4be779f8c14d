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
    void aConfigurationInsideTheInputThatTheRunDoesNotTakeIsSaid() throws IOException {
        Path mono = tmp.resolve("mono");
        for (String project : List.of("docs", "blog")) {
            Files.createDirectories(mono.resolve(project + "/content/go"));
            Files.writeString(mono.resolve(project + "/content/go/a.md"), PAGE);
        }
        Files.writeString(mono.resolve("docs/qa.yaml"), "site:\n  routes: [/x]\n");
        Files.writeString(mono.resolve("blog/.qa.yaml"), "");

        // from the monorepo's root: the defaults, and both projects' files said not applied, each once
        InputPlan top = InputReader.builder().build().plan(List.of(mono));
        assertThat(top.inputs().get(0).configFile()).isEmpty();
        assertThat(top.problems()).allSatisfy(p -> assertThat(p.ruleId()).isEqualTo(InputPlan.NESTED_CONFIG))
                .extracting(p -> p.location().source())
                .containsExactlyInAnyOrder(mono.resolve("docs/qa.yaml").toString().replace('\\', '/'),
                        mono.resolve("blog/.qa.yaml").toString().replace('\\', '/'));
        assertThat(top.problems()).allSatisfy(p -> assertThat(p.message()).contains("the defaults"));

        // a project given as its input takes its own, and says nothing
        assertThat(InputReader.builder().build().plan(List.of(mono.resolve("docs"))).problems()).isEmpty();
        assertThat(InputReader.builder().build().plan(List.of(mono.resolve("docs/content"))).problems()).isEmpty();

        // with a configuration at the root, the nested ones name it
        Files.writeString(mono.resolve("qa.yaml"), "");
        assertThat(InputReader.builder().build().plan(List.of(mono)).problems()).hasSize(2)
                .allSatisfy(p -> assertThat(p.message()).contains("the input's (").contains("qa.yaml)"));
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
