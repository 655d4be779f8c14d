package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.option;
import static dev.qakit.cli.CommandModel.positional;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import dev.qakit.io.input.QaConfig;
import dev.qakit.io.json.PageJson;
import dev.qakit.io.markdown.MarkdownWriter;
import dev.qakit.model.PageData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code qa convert INPUT --to json|markdown [-o DIR]}: the model as JSON (one document per
 * question page and line), or the pages as source Markdown files.
 */
final class ConvertCommand implements Callable<Integer> {
    CommandSpec spec;
    final CommonOptions common = new CommonOptions();
    Path input;
    String to;
    Path output;

    /**
     * The command's model, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(ConvertCommand c) {
        CommandSpec spec = command(c, "convert");
        spec.usageMessage()
                .description("Convert an input to the model as JSON, or to source Markdown files.",
                        "INPUT is a Markdown file, a content folder, a _payload.json, a prerendered HTML page or a generated site.",
                        "--to json prints each question page as one JSON document on one line, with the payload's own member",
                        "names and order. --to markdown writes each page as <framework>/<topic>/<page>.md under -o DIR",
                        "(recovering a site's sources from its export), or prints the single page of INPUT without -o.",
                        "Problems print to stderr as qa validate prints them.");
        spec.addMixin("common", CommonOptions.spec(c.common));
        spec.addPositional(positional(Path.class, () -> c.input, v -> c.input = v).index("0").paramLabel("INPUT")
                .description("A Markdown file or content folder, a _payload.json, an HTML page, or a generated site.").build());
        spec.addOption(option(String.class, () -> c.to, v -> c.to = v, "--to").required(true).paramLabel("FORMAT")
                .description("The output format: json or markdown.").build());
        spec.addOption(option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output").paramLabel("DIR")
                .description("With --to markdown: write the files under DIR.").build());
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    /**
     * Records the pages' collection in {@code qa.yaml} at the output root, so that reading the
     * files back gives the same page ids. Nothing is written for Nuxt Content's default
     * collection, for mixed collections, or over an existing configuration.
     */
    private void writeCollection(java.util.Set<String> collections, PrintWriter err) throws IOException {
        if (collections.size() != 1 || collections.contains("content")
                || QaConfig.FILE_NAMES.stream().anyMatch(n -> java.nio.file.Files.exists(output.resolve(n)))) {
            return;
        }
        String name = collections.iterator().next();
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return;
        }
        Path config = output.resolve(QaConfig.FILE_NAMES.get(0));
        java.nio.file.Files.writeString(config, "# The Nuxt Content collection these pages belong to (the first segment of their ids).\n"
                + "collection: " + name + "\n", java.nio.charset.StandardCharsets.UTF_8);
        if (!common.quiet) {
            err.println("qa: wrote " + config);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!"json".equals(to) && !"markdown".equals(to)) {
            throw new UsageException("--to " + to + " is not a known format; expected --to json or --to markdown");
        }
        if (output != null && "json".equals(to)) {
            throw new UsageException("-o goes with --to markdown; --to json prints to stdout");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageJson json = PageJson.standard();
        MarkdownWriter markdown = MarkdownWriter.builder().preservePayloadState(true).build();
        int[] pages = {0};
        java.util.Set<String> collections = new java.util.TreeSet<>();
        dev.qakit.io.input.InputPlan plan = Reading.plan(common, java.util.List.of(input), true);
        dev.qakit.validate.ValidationResult result = Reading.read(common, plan, unit -> {
            for (PageData page : unit.pageData()) {
                pages[0]++;
                if ("json".equals(to)) {
                    out.println(json.toJson(page));
                } else if (output != null) {
                    try {
                        String id = page.page().id();
                        if (id != null && id.indexOf('/') > 0) {
                            collections.add(id.substring(0, id.indexOf('/')));
                        }
                        Path written = markdown.write(page, output);
                        if (!common.quiet) {
                            err.println("qa: wrote " + written);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else if (pages[0] > 1) {
                    throw new UsageException("'" + input + "' holds more than one page; give -o DIR to write them as files");
                } else {
                    out.print(markdown.write(page));
                }
            }
        });
        if (output != null) {
            writeCollection(collections, err);
        }
        out.flush();
        return Reading.report(common, result, err);
    }
}
