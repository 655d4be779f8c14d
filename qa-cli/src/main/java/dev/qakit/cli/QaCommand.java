package dev.qakit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code qa} command: it only dispatches to subcommands, which
 * {@link Main#commandLine(String...)} adds (only the one a run names).
 */
@Command(name = "qa",
        mixinStandardHelpOptions = true,
        versionProvider = QaCommand.Version.class,
        description = "Read, validate and render interview-question content published by Nuxt / Nuxt Content sites.",
        footer = {"", "Exit codes: 0 success, 1 the content has errors, 2 usage or I/O error."})
final class QaCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = QaCommand.class.getPackage().getImplementationVersion();
            return new String[] {"qa " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
