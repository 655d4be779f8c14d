package dev.qakit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code qa} subcommand accepts (see CLI.md). */
final class CommonOptions {
    @Option(names = "--content-root", paramLabel = "DIR",
            description = "The content root (default: the nearest enclosing folder named 'content', else the current folder).")
    Path contentRoot;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The Nuxt Content collection name, the first segment of page ids (default: from the config, else 'content').")
    String collection;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: qa.yaml or .qa.yaml at the content root).")
    Path config;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of failures (for bug reports).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but data and errors.")
    boolean quiet;

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
