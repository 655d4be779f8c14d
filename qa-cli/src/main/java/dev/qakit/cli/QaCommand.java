package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level {@code qa} command: it only dispatches to subcommands, which
 * {@link Main#commandLine(String...)} adds (only the one a run names).
 */
final class QaCommand implements Runnable {
    CommandSpec spec;

    /**
     * The command's model, without subcommands.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(QaCommand c) {
        CommandSpec spec = command(c, "qa").versionProvider(new Version());
        spec.usageMessage()
                .description("Read, validate and render interview-question content published by Nuxt / Nuxt Content sites.")
                .footer("", "Exit codes: 0 success, 1 the content has errors, 2 usage or I/O error.");
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

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
