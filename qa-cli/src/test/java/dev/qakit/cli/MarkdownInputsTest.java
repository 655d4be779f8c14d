package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands read Markdown files and content folders as they read Nuxt output. */
class MarkdownInputsTest {
    @TempDir
    Path tmp;

    private static Path content() {
        return CliRun.resource("content");
    }

    @Test
    void aMarkdownFileConvertsToJsonWithIdsInTheDefaultCollection() {
        CliRun r = CliRun.run("convert", content().resolve("fastapi/fundamentals/async-basics.md").toString(), "--to", "json");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).startsWith("{\"page\":{\"id\":\"content/fastapi/fundamentals/async-basics.md\",\"title\":\"Async Basics\",")
                .contains("\"path\":\"/fastapi/fundamentals/async-basics\"");
    }

    @Test
    void collectionComesFromTheOptionElseFromQaYamlAtTheContentRoot() throws IOException {
        Path root = tmp.resolve("content");
        Path page = root.resolve("fastapi/fundamentals/async-basics.md");
        Files.createDirectories(page.getParent());
        Files.copy(content().resolve("fastapi/fundamentals/async-basics.md"), page);
        assertThat(CliRun.run("convert", page.toString(), "--to", "json", "--collection", "docs").out())
                .startsWith("{\"page\":{\"id\":\"docs/fastapi/fundamentals/async-basics.md\"");
        Files.writeString(root.resolve("qa.yaml"), "collection: qa\n");
        assertThat(CliRun.run("convert", page.toString(), "--to", "json").out())
                .startsWith("{\"page\":{\"id\":\"qa/fastapi/fundamentals/async-basics.md\"");
    }

    @Test
    void aContentFolderIsInspectedPageByPageWithSiblingsFilledIn() {
        CliRun inspect = CliRun.run("inspect", content().toString());
        assertThat(inspect.exitCode()).isEqualTo(0);
        assertThat(inspect.out()).contains("a content folder")
                .contains("  /fastapi/fundamentals/async-basics  \"Async Basics\"  15 questions (easy 3, medium 8, hard 4)")
                .contains("2 files or routes, 2 question pages, 20 questions");
        CliRun json = CliRun.run("convert", content().toString(), "--to", "json");
        assertThat(json.out().lines()).hasSize(2)
                .allMatch(l -> l.contains("\"siblings\":[{\"subtopic\":\"Async Basics\",\"path\":\"/fastapi/fundamentals/async-basics\",\"order\":1},"
                        + "{\"subtopic\":\"Request Lifecycle\",\"path\":\"/fastapi/fundamentals/request-lifecycle\",\"order\":2}]"));
    }

    @Test
    void aPayloadConvertsToMarkdownThatReadsBackToTheSameJson() throws IOException {
        Path payload = CliRun.resource("site/fastapi/fundamentals/async-basics/_payload.json");
        CliRun fromPayload = CliRun.run("convert", payload.toString(), "--to", "json");
        Path out = tmp.resolve("recovered/content");
        CliRun written = CliRun.run("convert", payload.toString(), "--to", "markdown", "-o", out.toString());
        assertThat(written.exitCode()).isEqualTo(0);
        Path md = out.resolve("fastapi/fundamentals/async-basics.md");
        assertThat(md).isRegularFile();
        assertThat(out.resolve("qa.yaml")).hasContent(
                "# The Nuxt Content collection these pages belong to (the first segment of their ids).\ncollection: qa");
        CliRun fromMarkdown = CliRun.run("convert", md.toString(), "--to", "json");
        assertThat(fromMarkdown.err()).doesNotContain(": error: ");
        assertThat(fromMarkdown.out()).isEqualTo(fromPayload.out());
    }

    @Test
    void markdownPrintedToStdoutReadsBackToTheSameJsonWhereverItIsSaved() throws IOException {
        Path payload = CliRun.resource("site/fastapi/fundamentals/async-basics/_payload.json");
        CliRun printed = CliRun.run("convert", payload.toString(), "--to", "markdown");
        assertThat(printed.exitCode()).isEqualTo(0);
        Path saved = Files.writeString(tmp.resolve("saved-elsewhere.md"), printed.out());
        assertThat(CliRun.run("convert", saved.toString(), "--to", "json").out())
                .isEqualTo(CliRun.run("convert", payload.toString(), "--to", "json").out());
    }

    @Test
    void markdownToStdoutNeedsASinglePage() {
        CliRun one = CliRun.run("convert", content().resolve("fastapi/fundamentals/request-lifecycle.md").toString(), "--to", "markdown");
        assertThat(one.exitCode()).isEqualTo(0);
        assertThat(one.out()).startsWith("---\n").contains("\nquestions:\n");
        CliRun many = CliRun.run("convert", content().toString(), "--to", "markdown");
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err()).contains("holds more than one page; give -o DIR to write them as files");
    }

    @Test
    void aBrokenMarkdownFileReportsItsProblemRelativeToTheCurrentFolder() throws IOException {
        Path page = tmp.resolve("content/go/basics/broken.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitle: Broken\nquestions: [\n");
        CliRun r = CliRun.run("convert", page.toString(), "--to", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        Path cwd = Path.of("").toAbsolutePath();
        String shown = (page.startsWith(cwd) ? cwd.relativize(page) : page).toString().replace('\\', '/');
        assertThat(r.err()).startsWith(shown + ":").contains("error:").contains("[frontmatter.");
    }

    @Test
    void aContentFolderRendersAsAStaticSite() {
        Path site = tmp.resolve("site");
        CliRun r = CliRun.run("render", content().toString(), "--format", "html", "-o", site.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("fastapi/fundamentals/async-basics.html")).content().contains("id=\"what-is-async-await\"");
    }
}
