package dev.qakit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code qa} in-process, as {@link Main#main} sets it up, and captures its output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return run(Main.commandLine(args), args);
    }

    /** Runs {@code qa} with every subcommand added, whatever the arguments name. */
    static CliRun runWithEverySubcommand(String... args) {
        return run(Main.commandLine(), args);
    }

    private static CliRun run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static Path resource(String name) {
        try {
            return Path.of(CliRun.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
