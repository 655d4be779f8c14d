package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.option;
import static dev.qakit.cli.CommandModel.positionals;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import dev.qakit.io.input.InputPlan;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ResultCache;
import dev.qakit.validate.RuleInfo;
import dev.qakit.validate.Rules;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa validate PATH...}: checks content for pipelines. */
final class ValidateCommand implements Callable<Integer> {
    /** Runs shorter than this show no progress line. */
    private static final long PROGRESS_AFTER_MILLIS = 2000;

    CommandSpec spec;
    final CommonOptions common = new CommonOptions();
    List<Path> paths = new ArrayList<>();
    String format;
    Path output;
    int maxWarnings;
    boolean cache;
    Path cacheLocation;
    boolean watch;
    boolean listRules;

    /**
     * The command's model, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(ValidateCommand c) {
        CommandSpec spec = command(c, "validate");
        spec.usageMessage()
                .description("Check Markdown files, content trees, payloads, HTML pages and generated sites.",
                        "Problems print as path:line:column: severity: message [rule-id], then a summary line.")
                .footer("", "Exit codes: 0 no errors (warnings allowed up to --max-warnings), 1 errors found or too many warnings,"
                        + " 2 usage or I/O error.");
        spec.addMixin("common", CommonOptions.spec(c.common));
        spec.addPositional(positionals(Path.class, () -> c.paths, v -> c.paths = v).paramLabel("PATH").arity("0..*")
                .description("Files and folders to check (default: the current folder).").build());
        spec.addOption(option(String.class, () -> c.format, v -> c.format = v, "-f", "--format").paramLabel("FORMAT").defaultValue("text")
                .description("Report format: text, json, sarif, github, junit or gitlab (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output").paramLabel("FILE")
                .description("Write the report to FILE instead of standard output.").build());
        spec.addOption(option(int.class, () -> c.maxWarnings, v -> c.maxWarnings = v, "--max-warnings").paramLabel("N").defaultValue("-1")
                .description("Fail (exit 1) when there are more than N warnings (default: any number).").build());
        spec.addOption(option(boolean.class, () -> c.cache, v -> c.cache = v, "--cache")
                .description("Keep what checking each Markdown file found, and reuse it while the file is"
                        + " unchanged; rules that compare pages still run on every page (see --cache-location).").build());
        spec.addOption(option(Path.class, () -> c.cacheLocation, v -> c.cacheLocation = v, "--cache-location").paramLabel("FOLDER")
                .description("The cache folder (default: " + ResultCache.DEFAULT_LOCATION
                        + " in the current folder, which ignores itself in git); implies --cache.").build());
        spec.addOption(option(boolean.class, () -> c.watch, v -> c.watch = v, "--watch")
                .description("Check, then check again whenever a file under PATH changes, printing only"
                        + " the problems that appeared or went away; runs until stopped (Ctrl+C). Results are cached in memory (and saved"
                        + " with --cache).").build());
        spec.addOption(option(boolean.class, () -> c.listRules, v -> c.listRules = v, "--list-rules")
                .description("List every rule with its default severity and description, then exit.").build());
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            for (RuleInfo r : Rules.all()) {
                out.printf("%-30s %-8s %s%n", r.id(), r.defaultSeverity().label(), r.description());
            }
            out.flush();
            return ExitCodes.OK;
        }
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.ofLabel(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (maxWarnings < -1) {
            throw new UsageException("--max-warnings must be 0 or more, got " + maxWarnings);
        }
        List<Path> inputs = Reading.inputs(paths);
        // read on another core while the inputs are planned: a warm cache's run is mostly these two
        FutureTask<ResultCache> opening = new FutureTask<>(() -> cache(err));
        Thread opener = new Thread(opening, "qa-cache-open");
        opener.setDaemon(true);
        opener.start();
        if (watch) {
            ResultCache resultCache = opened(opening);
            if (reportFormat != ReportFormat.TEXT || output != null) {
                throw new UsageException("--watch prints text to the terminal; it takes no --format or --output");
            }
            ResultCache inWatch = resultCache != null ? resultCache : ResultCache.inMemory();
            return new WatchLoop(common, inputs, inWatch, out, err).run();
        }
        boolean terminal = System.console() != null && !common.quiet;
        long start = System.nanoTime();
        AtomicLong lastShown = new AtomicLong();
        IntConsumer progress = n -> {
            if (!terminal) {
                return;
            }
            long now = System.nanoTime();
            long last = lastShown.get();
            if ((now - start) / 1_000_000 >= PROGRESS_AFTER_MILLIS && now - last > 200_000_000L && lastShown.compareAndSet(last, now)) {
                synchronized (err) {
                    err.print("\rqa: " + n + " files checked…");
                    err.flush();
                }
            }
        };
        InputPlan plan;
        try {
            plan = Reading.plan(common, inputs, false);
        } catch (IOException | RuntimeException e) {
            opened(opening); // a bad cache location is reported first, and a damaged cache's note comes before the error
            throw e;
        }
        ResultCache resultCache = opened(opening);
        ContentValidator.Builder validator = Reading.validator(common).toBuilder().progress(progress);
        if (resultCache != null) {
            validator.cache(resultCache);
        }
        ValidationResult result = validator.build().validate(plan);
        if (lastShown.get() != 0) {
            err.print("\r\033[K");
            err.flush();
        }
        save(resultCache, err);
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                reportFormat.reporter().write(result, w);
            }
            if (!common.quiet) {
                err.println(result.summary());
            }
        } else {
            reportFormat.reporter().write(result, out);
            out.flush();
        }
        writeStepSummary(reportFormat, result);
        err.flush();
        return result.passes(maxWarnings) ? ExitCodes.OK : ExitCodes.CONTENT;
    }

    /** The cache opened on another thread, once it is. */
    private static ResultCache opened(FutureTask<ResultCache> opening) {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cache was read", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }

    /** The cache the options ask for, or null. */
    private ResultCache cache(PrintWriter err) {
        if (!cache && cacheLocation == null) {
            return null;
        }
        Path folder = cacheLocation != null ? cacheLocation : Path.of(ResultCache.DEFAULT_LOCATION);
        ResultCache opened;
        try {
            opened = ResultCache.open(folder);
        } catch (IOException e) {
            throw new UsageException("--cache-location: " + e.getMessage());
        }
        opened.discarded().ifPresent(why -> {
            if (!common.quiet) {
                err.println("qa: " + why);
            }
        });
        return opened;
    }

    /** Saves the cache; a cache that cannot be written costs the next run time, not this run's answer. */
    static void save(ResultCache resultCache, PrintWriter err) {
        if (resultCache == null) {
            return;
        }
        try {
            resultCache.save();
        } catch (IOException e) {
            err.println("qa: the cache could not be saved: " + e);
        }
    }

    /** With {@code --format github} inside GitHub Actions, the full text report also goes to the job summary. */
    private static void writeStepSummary(ReportFormat format, ValidationResult result) {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        if (format != ReportFormat.GITHUB || summary == null || summary.isBlank()) {
            return;
        }
        String text = "### qa validate\n\n```text\n" + ReportFormat.TEXT.reporter().render(result) + "```\n";
        try {
            Files.writeString(Path.of(summary), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the annotations are already written; a missing job summary is not worth failing for
        }
    }
}
