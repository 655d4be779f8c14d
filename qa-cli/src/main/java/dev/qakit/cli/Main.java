package dev.qakit.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point of the {@code qa} command. */
public final class Main {
    /**
     * The subcommands by name, in the order {@code qa --help} lists them. Picocli reads each
     * command's annotations when it is added, which is most of the command line's start-up
     * time, so a run adds only the subcommand it names ({@link #commandLine(String...)}).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = orderedSubcommands();

    private Main() {
    }

    /**
     * Runs {@code qa} and exits with its exit code: 0 success, 1 the content has errors,
     * 2 usage or I/O error.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Preparation.start(args);
        LoggingSetup.install();
        // Data and messages are UTF-8 whatever the platform's locale (JSON, Markdown and
        // problems carry any character; a POSIX locale would turn them into '?').
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine(args);
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
        return commandLine(args).execute(args);
    }

    /**
     * The command line with every subcommand.
     *
     * @return the command line
     */
    static CommandLine commandLine() {
        return build(null);
    }

    /**
     * The command line for one run: when the first argument names a subcommand (other than
     * {@code help}, which describes the others), only that one is added; help, usage and errors
     * read the same either way (HelpTest compares them).
     *
     * @param args the command line
     * @return the command line
     */
    static CommandLine commandLine(String... args) {
        String first = args.length == 0 ? "" : args[0];
        return build(SUBCOMMANDS.containsKey(first) && !first.equals("help") ? first : null);
    }

    private static CommandLine build(@org.jspecify.annotations.Nullable String only) {
        CommandLine cl = new CommandLine(new QaCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        return cl;
    }

    private static Map<String, Supplier<Object>> orderedSubcommands() {
        Map<String, Supplier<Object>> m = new java.util.LinkedHashMap<>();
        // a lambda, not CommandLine.HelpCommand::new: JDK 25.0.3 fails to write its AOT cache when a
        // method reference names a class it cannot archive (picocli's are Java 5 class files)
        m.put("help", () -> new CommandLine.HelpCommand());
        m.put("devalue", DevalueCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("fix", FixCommand::new);
        m.put("convert", ConvertCommand::new);
        m.put("inspect", InspectCommand::new);
        m.put("render", RenderCommand::new);
        m.put("schema", SchemaCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }
}
