package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.option;
import static dev.qakit.cli.CommandModel.positionals;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import dev.qakit.io.ReadResult;
import dev.qakit.io.input.InputKind;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.Unit;
import dev.qakit.model.PageData;
import dev.qakit.validate.ContentFixer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa fix PATH...}: safe automatic fixes of Markdown pages, as minimal edits. */
final class FixCommand implements Callable<Integer> {
    CommandSpec spec;
    final CommonOptions common = new CommonOptions();
    List<Path> paths = new ArrayList<>();
    boolean dryRun;
    boolean fixOrder;

    /**
     * The command's model, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(FixCommand c) {
        CommandSpec spec = command(c, "fix");
        spec.usageMessage()
                .description("Fix what is certain in Markdown question pages, changing only the bytes of the values fixed:",
                        "question ids that are not slugs (and links to them), question ids used before in the page or topic",
                        "(renamed from the question text), frameworkSlug and topicSlug that are not slugs, and with --fix-order",
                        "the orders within each topic. Comments, quoting, key order, blank lines, line endings and the body",
                        "stay as they are; a file with nothing to fix is not touched.")
                .footer("", "Exit codes: 0 done (or nothing to fix), 2 usage or I/O error.");
        spec.addMixin("common", CommonOptions.spec(c.common));
        spec.addPositional(positionals(Path.class, () -> c.paths, v -> c.paths = v).paramLabel("PATH").arity("0..*")
                .description("Markdown files and content folders (default: the current folder).").build());
        spec.addOption(option(boolean.class, () -> c.dryRun, v -> c.dryRun = v, "--dry-run")
                .description("Print the fixes as a unified diff; change no file.").build());
        spec.addOption(option(boolean.class, () -> c.fixOrder, v -> c.fixOrder = v, "--fix-order")
                .description("Also renumber 'order' within each topic: 1, 2, 3, … in the present order.").build());
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = Reading.inputs(paths);
        InputPlan plan = Reading.plan(common, inputs, false);
        List<ContentFixer.Input> pages = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Unit> units = plan.units()) {
            for (Unit u : (Iterable<Unit>) units::iterator) {
                if (u.kind() != InputKind.MARKDOWN_FILE || u.pages().size() != 1) {
                    continue;
                }
                ReadResult<PageData> read = u.pages().get(0);
                if (read.value().isEmpty()) {
                    continue;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(Path.of(u.source()))))
                            .toString();
                } catch (CharacterCodingException e) {
                    unreadable.add(u.source() + ": not UTF-8; left as it is");
                    continue;
                }
                pages.add(new ContentFixer.Input(u.source(), u.site(), text, read.value().get()));
            }
        }
        ContentFixer.Result result = new ContentFixer(fixOrder).fix(pages);
        int changes = 0;
        for (ContentFixer.FileFix f : result.files()) {
            changes += f.changes().size();
            if (dryRun) {
                out.print(UnifiedDiff.of(f.source(), f.before(), f.after()));
            } else {
                Path file = Path.of(f.source());
                if (!Files.readString(file, StandardCharsets.UTF_8).equals(f.before())) {
                    err.println(f.source() + ": changed while being fixed; left as it is");
                    continue;
                }
                Files.writeString(file, f.after(), StandardCharsets.UTF_8);
                for (String c : f.changes()) {
                    out.println(f.source() + ": " + c);
                }
            }
        }
        out.flush();
        for (String u : unreadable) {
            err.println(u);
        }
        for (String u : result.unfixed()) {
            err.println(u);
        }
        if (!common.quiet) {
            err.println(result.files().isEmpty() ? "nothing to fix in " + pages.size() + " file" + (pages.size() == 1 ? "" : "s")
                    : (dryRun ? "would fix " : "fixed ") + changes + " value" + (changes == 1 ? "" : "s") + " in "
                            + result.files().size() + " of " + pages.size() + " files");
        }
        err.flush();
        return ExitCodes.OK;
    }
}
