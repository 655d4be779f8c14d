package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {
    @TempDir
    Path tmp;

    @Test
    void detectsNuxtInputs() throws IOException {
        assertThat(InputKind.detect(CliRun.resource("site"))).isEqualTo(InputKind.SITE);
        assertThat(InputKind.detect(CliRun.resource("site/go/concurrency/index.html"))).isEqualTo(InputKind.HTML_PAGE);
        assertThat(InputKind.detect(CliRun.resource("site/go/concurrency/_payload.json"))).isEqualTo(InputKind.PAYLOAD);
        assertThat(InputKind.detect(Files.writeString(tmp.resolve("payload"), " [{}]"))).isEqualTo(InputKind.PAYLOAD);
        assertThat(InputKind.detect(Files.writeString(tmp.resolve("page"), "<!DOCTYPE html>"))).isEqualTo(InputKind.HTML_PAGE);
    }

    @Test
    void markdownIsDetectedAndRejectedByTheNuxtCommands() throws IOException {
        Path md = Files.writeString(tmp.resolve("a.md"), "---\ntitle: A\n---\n");
        assertThat(InputKind.detect(md)).isEqualTo(InputKind.MARKDOWN_FILE);
        assertThat(InputKind.detect(tmp)).isEqualTo(InputKind.CONTENT_FOLDER);
        CliRun r = CliRun.run("inspect", md.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("qa: '" + md + "' is a Markdown file; this command reads Nuxt output for now: expected "
                + "a _payload.json, a prerendered HTML page or a generated site directory (.output/public, dist/)\n");
    }

    @Test
    void anythingElseIsAUsageError() throws IOException {
        Path txt = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> InputKind.detect(txt)).isInstanceOf(UsageException.class)
                .hasMessage("'" + txt + "' is not an input qa reads; expected a _payload.json, a prerendered HTML page or a"
                        + " generated site directory (.output/public, dist/), a Markdown file or a content folder");
        assertThatThrownBy(() -> InputKind.detect(tmp.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThatThrownBy(() -> InputKind.detect(empty)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("'" + empty + "' is a folder without index.html, _payload.json or Markdown files");
    }
}
