package dev.qakit.cli;

import picocli.CommandLine;

/** Entry point of the {@code qa} command. */
public final class Main {
    private Main() {
    }

    /**
     * Runs {@code qa} and exits with its exit code: 0 success, 1 the content has errors,
     * 2 usage or I/O error.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version through java.util.logging at INFO; the
        // command's stderr is for problems only.
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /**
     * Runs {@code qa} without exiting (for tests and embedding).
     *
     * @param args the command line
     * @return the exit code
     */
    static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QaCommand());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        return cl;
    }
}
