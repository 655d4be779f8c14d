package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import dev.qakit.validate.RuleInfo;
import dev.qakit.validate.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code qa validate}: exit codes, formats, output files. */
class ValidateCommandTest {
    private static final String GOOD = "---\ntitle: A\norder: 1\ndifficulty: easy\nquestions:\n  - id: one\n    difficulty: easy\n"
            + "    q: \"Q?\"\n    a: \"A.\"\n---\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void cleanContentExitsZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD);
        assertThat(run("validate", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("no problems in 1 file\n");
    }

    @Test
    void errorsExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD.replace("difficulty: easy\n    q", "difficulty: expert\n    q"));
        assertThat(run("validate", "--format", "github", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(",line=7,col=17,title=question.difficulty::'difficulty' must be one of [easy, medium, hard]");
    }

    @Test
    void warningsOverTheLimitExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD.replace("a: \"A.\"", "a: |\n      ```\n      x\n      ```"));
        assertThat(run("validate", dir.toString())).isEqualTo(0);
        assertThat(run("validate", "--max-warnings", "0", dir.toString())).isEqualTo(1);
    }

    @Test
    void reportGoesToTheOutputFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD);
        Path report = dir.resolve("out/report.sarif");
        assertThat(run("validate", "--format", "sarif", "--output", report.toString(), dir.resolve("a.md").toString())).isEqualTo(0);
        assertThat(Files.readString(report)).contains("\"version\": \"2.1.0\"");
        assertThat(err.toString()).isEqualTo("no problems in 1 file\n");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertThat(run("validate", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("qa: no such file or folder: ");
        assertThat(run("validate", "--format", "xml", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown report format 'xml', expected one of [text, json, sarif, github, junit, gitlab]");
    }

    @Test
    void configProblemsAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), GOOD);
        Files.writeString(dir.resolve("qa.yaml"), "rule:\n  x.y: off\n");
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("qa.yaml:1:1: error: unknown key 'rule'; expected one of [rules, disable, custom-rules, include, exclude, collection, limits, site]"
                + " [config.unknown-key]");
    }

    @Test
    void listsEveryRuleOfTheCatalogue() {
        assertThat(run("validate", "--list-rules")).isEqualTo(0);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactlyElementsOf(Rules.all().stream().map(RuleInfo::id).toList());
        assertThat(lines).contains(
                "site.duplicate-path            error    no two pages of a site have the same 'path'",
                "frontmatter.yaml-syntax        error    the frontmatter is valid YAML",
                "nuxt.unmerged-split            warning  a split payload is read from its file, so that both halves are merged",
                "devalue.bad-reference          error    every reference names an existing slot or a special value valid in its place");
    }

    @Test
    void gitlabAndJsonReportsOfTheBrokenExamplesNameTheSecondPlace(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        RepoFiles.copyTree(Path.of("../examples-broken/content").toAbsolutePath().normalize(), content);
        Path gitlab = dir.resolve("gl-code-quality.json");
        assertThat(run("validate", "--format", "gitlab", "--output", gitlab.toString(), content.toString())).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode issues = new com.fasterxml.jackson.databind.ObjectMapper().readTree(gitlab.toFile());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.size()).isPositive();
        com.fasterxml.jackson.databind.JsonNode repeated = null;
        for (com.fasterxml.jackson.databind.JsonNode issue : issues) {
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
            if (issue.at("/check_name").asText().equals("topic.question-id-repeated")) {
                repeated = issue;
            }
        }
        assertThat(repeated).isNotNull();
        assertThat(repeated.at("/severity").asText()).isEqualTo("minor");
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--format", "json", content.toString())).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        boolean found = false;
        for (com.fasterxml.jackson.databind.JsonNode p : json.at("/problems")) {
            if (p.at("/ruleId").asText().equals("topic.question-id-repeated")) {
                assertThat(p.at("/related/0/file").asText()).endsWith("path-operations.md");
                assertThat(p.at("/message").asText()).contains(p.at("/related/0/file").asText() + ":" + p.at("/related/0/line").asInt());
                found = true;
            }
        }
        assertThat(found).isTrue();
    }
}
