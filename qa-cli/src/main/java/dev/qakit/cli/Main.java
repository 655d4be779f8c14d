package dev.qakit.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code qa} command. */
public final class Main {
    /**
     * Hibernate Validator announces its version through java.util.logging at INFO; the command's
     * stderr is for problems only. Held in a field: java.util.logging keeps loggers weakly, and
     * a collected logger would forget its level.
     */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /**
     * Runs {@code qa} and exits with its exit code: 0 success, 1 the content has errors,
     * 2 usage or I/O error.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Data and messages are UTF-8 whatever the platform's locale (JSON, Markdown and
        // problems carry any character; a POSIX locale would turn them into '?').
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
        System.exit(code);
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
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
        CommandLine cl = new CommandLine(new QaCommand());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        return cl;
    }
}
