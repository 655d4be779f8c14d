package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qa validate} reports a problem in a page body at its own line and column, in every
 * report format, also inside MDC components; MDC props are no Markdown (no false heading, code
 * block or paragraph from them).
 */
class BodyPositionsTest {
    private static final String PAGE = """
            ---
            title: A
            order: 1
            difficulty: easy
            questions:
              - id: one
                difficulty: easy
                q: "Q?"
                a: "A."
            ---

            # Title

            ::component-code
            ---
            props:
              color: red
            ---
            ::

            ::note
            Read [this part](#missing-part).

              ```
              plain
              ```
            ::
            """;

    private static Path page(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), PAGE);
        return dir;
    }

    @Test
    void textNamesEachBodyProblemsOwnLine(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.run("validate", page(dir).toString());
        assertThat(r.out()).contains("a.md:22:6: error: link '#missing-part' names no question or heading 'missing-part' of this page")
                .contains("a.md:24:3: warning: code block without a language")
                .doesNotContain("a.md:12:1: warning")
                .doesNotContain("a.md:15");
        assertThat(r.out().lines().filter(l -> l.contains("lint.code-fence-language")).count()).isEqualTo(1);
    }

    @Test
    void githubAnnotationsLandOnTheLine(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.run("validate", "--format", "github", page(dir).toString());
        assertThat(r.out()).contains(",line=22,col=6,title=link.anchor-not-found::")
                .contains(",line=24,col=3,title=lint.code-fence-language::");
    }

    @Test
    void sarifRegionsStartOnTheLine(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.run("validate", "--format", "sarif", page(dir).toString());
        String sarif = r.out().replaceAll("\\s+", " ");
        assertThat(sarif).contains("\"startLine\": 22, \"startColumn\": 6").contains("\"startLine\": 24, \"startColumn\": 3");
    }

    @Test
    void junitFailuresNameTheLine(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.run("validate", "--format", "junit", page(dir).toString());
        assertThat(r.out()).contains("a.md:22:6: error: link &apos;#missing-part&apos;")
                .contains("a.md:24:3: warning: code block without a language");
    }
}
