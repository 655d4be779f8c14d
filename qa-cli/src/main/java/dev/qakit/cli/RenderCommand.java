package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.option;
import static dev.qakit.cli.CommandModel.positional;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.render.Renderer;
import dev.qakit.render.Renderers;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.render.site.SiteSummary;
import dev.qakit.render.site.StaticSiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code qa render INPUT --format NAME [-o DIR]} renders every question page of an input;
 * {@code qa render --list} lists the renderers found.
 */
final class RenderCommand implements Callable<Integer> {

    /** Loads the pages of an input, reporting problems to a sink. */
    @FunctionalInterface
    interface PageLoader {
        /**
         * Loads the pages of an input.
         *
         * @param input the input
         * @param jobs worker threads
         * @param problems receives every problem found
         * @return the pages, in input order
         * @throws IOException if reading fails
         */
        List<PageData> load(Path input, int jobs, Consumer<Problem> problems) throws IOException;
    }

    CommandSpec spec;
    final CommonOptions common = new CommonOptions();
    Path input;
    String format;
    Path output;
    boolean list;

    private final PageLoader loader;

    RenderCommand() {
        this(null);
    }

    RenderCommand(PageLoader loader) {
        this.loader = loader;
    }

    /**
     * The command's model, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(RenderCommand c) {
        CommandSpec spec = command(c, "render");
        spec.usageMessage()
                .description("Render the question pages of an input with a renderer (html, markdown, json, jsonld, text, anki, ...).",
                        "Without -o the output goes to stdout. With -o DIR, --format html writes a static site (one page per",
                        "question page, index.html, style.css; it works from the file system); other formats write one file",
                        "per page at the page's route (DIR/fastapi/fundamentals/async-basics.md).",
                        "Problems print to stderr as qa validate prints them.");
        spec.addMixin("common", CommonOptions.spec(c.common));
        spec.addPositional(positional(Path.class, () -> c.input, v -> c.input = v).index("0").arity("0..1").required(false).paramLabel("INPUT")
                .description("A Markdown file or content folder, a _payload.json, a prerendered HTML page, or a generated site.").build());
        spec.addOption(option(String.class, () -> c.format, v -> c.format = v, "-f", "--format").paramLabel("NAME")
                .description("The renderer to use (see --list).").build());
        spec.addOption(option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output").paramLabel("DIR")
                .description("Write files into DIR instead of stdout.").build());
        spec.addOption(option(boolean.class, () -> c.list, v -> c.list = v, "--list")
                .description("List the renderers found and exit.").build());
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    private PageLoader loader() {
        return loader != null ? loader : this::load;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderers renderers = Renderers.discover();
        if (list) {
            for (Renderer r : renderers.all()) {
                out.printf("%-10s %-28s .%s%n", r.name(), r.mediaType(), r.fileExtension());
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (input == null) {
            throw new UsageException("missing INPUT; usage: qa render INPUT --format NAME [-o DIR], or qa render --list");
        }
        if (format == null) {
            throw new UsageException("missing --format; one of: " + String.join(", ", renderers.names()));
        }
        Optional<Renderer> found = renderers.find(format);
        if (found.isEmpty()) {
            throw new UsageException("unknown format '" + format + "'; one of: " + String.join(", ", renderers.names()));
        }
        Renderer renderer = found.get();
        boolean[] errors = {false};
        List<PageData> pages = loader().load(input, common.jobs(), p -> {
            if (p.isError() || !common.quiet) {
                err.println(p.format());
            }
            errors[0] |= p.isError();
        });
        if (output == null) {
            for (PageData page : pages) {
                renderer.render(page, out);
            }
        } else if (renderer instanceof HtmlRenderer html) {
            SiteSummary site = StaticSiteWriter.builder().html(html).build().write(pages, output);
            if (!common.quiet) {
                err.println("qa: wrote " + site.pages() + (site.pages() == 1 ? " page" : " pages") + " and an index to "
                        + site.index());
            }
        } else {
            for (PageData page : pages) {
                String route = page.page().path() != null ? page.page().path() : "/untitled";
                String file = StaticSiteWriter.fileFor(route);
                Path target = output.resolve(file.substring(0, file.length() - ".html".length()) + "." + renderer.fileExtension());
                Files.createDirectories(target.getParent());
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    renderer.render(page, w);
                }
            }
            if (!common.quiet) {
                err.println("qa: wrote " + pages.size() + (pages.size() == 1 ? " file" : " files") + " to " + output);
            }
        }
        out.flush();
        err.flush();
        return errors[0] ? ExitCodes.CONTENT : ExitCodes.OK;
    }

    /** Loads every question page of any input the commands read, reporting what qa validate reports. */
    private List<PageData> load(Path in, int jobs, Consumer<Problem> problems) throws IOException {
        List<PageData> pages = new ArrayList<>();
        dev.qakit.validate.ValidationResult result = Reading.read(common, Reading.plan(common, List.of(in), true),
                unit -> pages.addAll(unit.pageData()));
        result.problems().forEach(problems);
        return pages;
    }
}
