package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.option;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The options every {@code qa} subcommand accepts (see CLI.md). */
final class CommonOptions {
    Path contentRoot;
    String collection;
    Path config;
    Integer jobs;
    boolean verbose;
    boolean quiet;

    /**
     * The options, declared once; every command that takes them adds them as the mixin
     * {@code common}.
     *
     * @param o the object whose fields the options set
     * @return the options' model
     */
    static CommandSpec spec(CommonOptions o) {
        CommandSpec spec = CommandModel.mixin(o);
        spec.addOption(option(Path.class, () -> o.contentRoot, v -> o.contentRoot = v, "--content-root").paramLabel("DIR")
                .description("The content root (default: the nearest enclosing folder named 'content', else the current folder).")
                .build());
        spec.addOption(option(String.class, () -> o.collection, v -> o.collection = v, "--collection").paramLabel("NAME")
                .description("The Nuxt Content collection name, the first segment of page ids (default: from the config, else 'content').")
                .build());
        spec.addOption(option(Path.class, () -> o.config, v -> o.config = v, "--config").paramLabel("FILE")
                .description("The configuration file (default: qa.yaml or .qa.yaml at the content root).").build());
        spec.addOption(option(Integer.class, () -> o.jobs, v -> o.jobs = v, "--jobs").paramLabel("N")
                .description("Worker threads (default: the number of cores).").build());
        spec.addOption(option(boolean.class, () -> o.verbose, v -> o.verbose = v, "-v", "--verbose")
                .description("Print stack traces of failures (for bug reports).").build());
        spec.addOption(option(boolean.class, () -> o.quiet, v -> o.quiet = v, "-q", "--quiet")
                .description("Print nothing but data and errors.").build());
        return spec;
    }

    int jobs() {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1, got " + jobs);
        }
        return jobs;
    }
}
