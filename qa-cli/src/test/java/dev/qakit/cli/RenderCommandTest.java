package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static PageData page(String topic, String slug, String title) {
        Page page = Page.builder().title(title).framework("FastAPI").frameworkSlug("fastapi").topic(topic)
                .topicSlug(topic.toLowerCase()).path("/fastapi/" + topic.toLowerCase() + "/" + slug).order(1)
                .questions(List.of(Question.of("q-" + slug, "easy", "What is " + title + "?", "It is **" + title + "**.")))
                .build();
        return PageData.of(page, List.of(Sibling.of(title, page.path(), 1)));
    }

    private int run(RenderCommand.PageLoader loader, String... args) {
        CommandLine render = new CommandLine(RenderCommand.spec(new RenderCommand(loader)));
        render.setExecutionExceptionHandler(new Failures());
        render.setParameterExceptionHandler(new Failures());
        render.setOut(new PrintWriter(out));
        render.setErr(new PrintWriter(err));
        return render.execute(args);
    }

    @Test
    void listNamesEveryBuiltInRenderer() {
        int code = run((i, j, p) -> List.of(), "--list");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString().lines().map(l -> l.split("\\s+")[0]))
                .containsExactly("anki", "html", "json", "jsonld", "markdown", "text");
        assertThat(out.toString()).contains("text/html").contains(".tsv");
    }

    @Test
    void isRegisteredUnderQa() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("render");
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheFormats(@TempDir Path dir) {
        int code = run((i, j, p) -> List.of(), dir.toString(), "--format", "pdf");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'pdf'; one of: anki, html, json, jsonld, markdown, text");
    }

    @Test
    void missingFormatIsAUsageError(@TempDir Path dir) {
        assertThat(run((i, j, p) -> List.of(), dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing --format");
    }

    @Test
    void htmlWithOutputDirectoryWritesASite(@TempDir Path dir) throws Exception {
        List<PageData> pages = List.of(page("Fundamentals", "async", "Async"), page("Routing", "paths", "Paths"));
        int code = run((i, j, p) -> pages, "in", "--format", "html", "-o", dir.toString());
        assertThat(code).isEqualTo(0);
        assertThat(dir.resolve("index.html")).exists();
        assertThat(dir.resolve("style.css")).exists();
        assertThat(Files.readString(dir.resolve("fastapi/fundamentals/async.html"))).contains("<h1>Async</h1>")
                .contains("href=\"../../style.css\"");
        assertThat(Files.readString(dir.resolve("index.html")))
                .contains("<a href=\"fastapi/routing/paths.html\">Paths</a>");
        assertThat(err.toString()).contains("qa: wrote 2 pages and an index to");
    }

    @Test
    void otherFormatsWriteOneFilePerPage(@TempDir Path dir) throws Exception {
        int code = run((i, j, p) -> List.of(page("Fundamentals", "async", "Async")), "in", "--format", "markdown",
                "-o", dir.toString());
        assertThat(code).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("fastapi/fundamentals/async.md"))).startsWith("# Async\n");
    }

    @Test
    void withoutOutputDirectoryPrintsToStdout() {
        int code = run((i, j, p) -> List.of(page("Fundamentals", "async", "Async")), "in", "--format", "text");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("Async\nFastAPI › Fundamentals · 1 question\n\n\nWhat is Async?\nIt is Async.\n");
    }

    @Test
    void contentErrorsArePrintedAndExitOne() {
        Problem problem = Problem.error("nuxt.codec", "broken", SourceLocation.of("x/_payload.json"));
        int code = run((i, j, p) -> {
            p.accept(problem);
            return List.of();
        }, "in", "--format", "json");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("x/_payload.json").contains("broken [nuxt.codec]");
    }
}
