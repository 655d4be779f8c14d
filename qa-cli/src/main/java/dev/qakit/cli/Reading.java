package dev.qakit.cli;

import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.Unit;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.ValidationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How every command reads its inputs: through the front door ({@link InputReader}) set up from
 * the common options, with file names relative to the current folder (CLI.md), and through the
 * validator, so that every command reports the problems {@code qa validate} reports.
 */
final class Reading {
    private Reading() {
    }

    /**
     * The front door with the common options.
     *
     * @param common the options
     * @param siblings whether Markdown pages get their siblings, as a generated site has them
     * @return the reader
     */
    static InputReader reader(CommonOptions common, boolean siblings) {
        InputReader.Builder b = InputReader.builder().displayBase(Path.of("").toAbsolutePath()).siblings(siblings);
        if (common.collection != null) {
            try {
                b.collection(common.collection);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--collection: " + e.getMessage());
            }
        }
        if (common.config != null) {
            if (!Files.isRegularFile(common.config)) {
                throw new UsageException("no such configuration file: " + common.config);
            }
            b.configFile(common.config);
        }
        if (common.contentRoot != null) {
            if (!Files.isDirectory(common.contentRoot)) {
                throw new UsageException("--content-root " + common.contentRoot + " is not a folder");
            }
            b.contentRoot(common.contentRoot);
        }
        return b.build();
    }

    /**
     * The inputs a command was given, or the current folder when none.
     *
     * @param paths the paths given
     * @return the inputs
     * @throws UsageException if one does not exist
     */
    static List<Path> inputs(List<Path> paths) {
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or folder: " + p);
            }
        }
        return inputs;
    }

    /**
     * Plans the inputs; an input that is of no kind qa reads, or holds nothing it reads, is a
     * usage error.
     *
     * @param common the options
     * @param inputs the inputs
     * @param siblings whether Markdown pages get their siblings
     * @return the plan
     * @throws IOException if an input does not exist or a folder cannot be listed
     */
    static InputPlan plan(CommonOptions common, List<Path> inputs, boolean siblings) throws IOException {
        try {
            return reader(common, siblings).plan(inputs);
        } catch (dev.qakit.io.input.InputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The validator the commands share.
     *
     * @param common the options
     * @return the validator
     */
    static ContentValidator validator(CommonOptions common) {
        return ContentValidator.builder().jobs(common.jobs()).inputReader(reader(common, false)).build();
    }

    /**
     * Reads every unit of a plan in order, hands each to {@code each}, and checks them as
     * {@code qa validate} does.
     *
     * @param common the options
     * @param plan the plan
     * @param each receives each unit
     * @return the validation result: every problem {@code qa validate} reports for the same inputs
     * @throws IOException if a generated site cannot be walked
     */
    static ValidationResult read(CommonOptions common, InputPlan plan, Consumer<Unit> each) throws IOException {
        ValidationRun run = validator(common).newRun(plan);
        try (Stream<Unit> units = plan.units()) {
            units.forEachOrdered(u -> {
                each.accept(u);
                run.add(u);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return run.finish();
    }

    /**
     * Prints the problems of a result to stderr (only errors with {@code --quiet}).
     *
     * @param common the options
     * @param result the result
     * @param err standard error
     * @return the exit code the problems give: {@link ExitCodes#CONTENT} when there are errors
     */
    static int report(CommonOptions common, ValidationResult result, PrintWriter err) {
        for (Problem p : result.problems()) {
            if (p.isError() || !common.quiet) {
                err.println(p.format());
            }
        }
        err.flush();
        return result.errorCount() > 0 ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
