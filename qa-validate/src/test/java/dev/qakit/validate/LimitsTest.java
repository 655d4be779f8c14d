package dev.qakit.validate;

import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.QaConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator's limits, problems per file and files per run, each just below and just above its boundary. */
class LimitsTest {
    private static final ContentValidator VALIDATOR = ContentValidator.builder().build();

    private static ValidationResult run(QaConfig config, int files, int problemsPerFile) {
        ValidationRun run = VALIDATOR.toBuilder().config(config).build().newRun();
        for (int f = 0; f < files; f++) {
            for (int i = 0; i < problemsPerFile; i++) {
                run.addProblem("f" + f + ".md", Problem.error("io.read-failed", "problem " + i, SourceLocation.at("f" + f + ".md", i + 1, 1)));
            }
        }
        return run.finish();
    }

    @Test
    void theDefaultsAreDocumented() {
        assertThat(QaConfig.defaults().maxProblemsPerFile()).isEqualTo(QaConfig.DEFAULT_MAX_PROBLEMS_PER_FILE).isEqualTo(1000);
        assertThat(QaConfig.defaults().maxFiles()).isEqualTo(QaConfig.DEFAULT_MAX_FILES).isEqualTo(100_000);
    }

    @Test
    void problemsPerFileAtTheLimitAreAllListed() {
        ValidationResult r = run(QaConfig.builder().maxProblemsPerFile(3).build(), 1, 3);
        assertThat(r.problems()).extracting(Problem::message).containsExactly("problem 0", "problem 1", "problem 2");
    }

    @Test
    void problemsPerFileAboveTheLimitAreCounted() {
        ValidationResult r = run(QaConfig.builder().maxProblemsPerFile(3).build(), 2, 4);
        assertThat(r.problems()).filteredOn(p -> p.ruleId().equals(Rules.LIMIT_PROBLEMS_PER_FILE))
                .extracting(Problem::format).containsExactly(
                        "f0.md: error: 1 more problem (1 of them errors) in this file are not listed: the limit is 3 per file"
                                + " (limits.problems-per-file) [limit.problems-per-file]",
                        "f1.md: error: 1 more problem (1 of them errors) in this file are not listed: the limit is 3 per file"
                                + " (limits.problems-per-file) [limit.problems-per-file]");
        assertThat(r.problems()).hasSize(8);
    }

    @Test
    void filesAtTheLimitAreAllChecked() {
        ValidationResult r = run(QaConfig.builder().maxFiles(3).build(), 3, 1);
        assertThat(r.files()).containsExactly("f0.md", "f1.md", "f2.md");
        assertThat(r.problems()).extracting(Problem::ruleId).doesNotContain(Rules.LIMIT_FILES);
    }

    @Test
    void filesAboveTheLimitAreAnError() {
        ValidationResult r = run(QaConfig.builder().maxFiles(3).build(), 5, 1);
        // The checked files, and the first one left out, which the error names.
        assertThat(r.files()).containsExactly("f0.md", "f1.md", "f2.md", "f3.md");
        assertThat(r.problems()).filteredOn(p -> p.ruleId().equals(Rules.LIMIT_FILES)).extracting(Problem::format)
                .containsExactly("f3.md: error: this file and 1 more were not checked: a run checks at most 3 files (limits.files)"
                        + " [limit.files]");
    }

    @Test
    void aTreeAboveTheFileLimitIsNotRead(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("p" + i + ".md"), "---\ntitle: P" + i + "\n---\n");
        }
        ContentValidator at = VALIDATOR.toBuilder().config(QaConfig.builder().maxFiles(4).build()).inputReader(InputReader.builder().displayBase(dir).build()).jobs(2).build();
        assertThat(at.validate(List.of(dir)).files()).hasSize(4);
        ContentValidator below = at.toBuilder().config(QaConfig.builder().maxFiles(3).build()).build();
        ValidationResult r = below.validate(List.of(dir));
        assertThat(r.files()).containsExactly("p0.md", "p1.md", "p2.md", "p3.md");
        assertThat(r.problems()).filteredOn(p -> p.ruleId().equals(Rules.LIMIT_FILES)).extracting(Problem::format)
                .containsExactly("p3.md: error: this file was not checked: a run checks at most 3 files (limits.files) [limit.files]");
    }

    @Test
    void limitsAreReadFromQaYaml() {
        var r = QaConfig.read("limits:\n  problems-per-file: 5\n  files: 7\n", "qa.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(r.orThrow().maxProblemsPerFile()).isEqualTo(5);
        assertThat(r.orThrow().maxFiles()).isEqualTo(7);
        var bad = QaConfig.read("limits:\n  files: 0\n  problems: 3\n  problems-per-file: 2147483648\n", "qa.yaml");
        assertThat(bad.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:2:10: error: limit 'files' must be a whole number from 1 to 2147483647, found '0' [config.bad-value]",
                "qa.yaml:3:3: error: unknown limit 'problems'; expected one of [problems-per-file, files] [config.unknown-key]",
                "qa.yaml:4:22: error: limit 'problems-per-file' must be a whole number from 1 to 2147483647, found '2147483648'"
                        + " [config.bad-value]");
        assertThat(bad.value().orElseThrow()).isEqualTo(QaConfig.defaults());
    }

    @Test
    void limitsBelowOneAreRejected() {
        assertThatThrownBy(() -> QaConfig.builder().maxFiles(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFiles must be at least 1, got 0");
        assertThatThrownBy(() -> QaConfig.builder().maxProblemsPerFile(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxProblemsPerFile must be at least 1, got 0");
    }

    @Test
    void aConfigurationThatIsNotUtf8IsReportedAndReadOn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("qa.yaml");
        Files.write(f, new byte[] {'d', 'i', 's', 'a', 'b', 'l', 'e', ':', ' ', '[', 'l', 'i', 'n', 't', '.', 'c', 'o', 'd', 'e', '-', 'f', 'e', 'n', 'c', 'e', '-', 'l', 'a', 'n', 'g', 'u', 'a', 'g', 'e', ']', ' ', '#', (byte) 0xff, '\n'});
        var r = QaConfig.read(f, "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format)
                .containsExactly("qa.yaml: error: the configuration is not valid UTF-8; invalid bytes were replaced by U+FFFD [config.yaml-syntax]");
        assertThat(r.value().orElseThrow().disabled()).containsExactly("lint.code-fence-language");
    }
}
