package dev.qakit.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point of the {@code qa} command. */
public final class Main {
    /**
     * The subcommands' models by name, in the order {@code qa --help} lists them. Each command
     * declares its model in code ({@link CommandModel}: no annotation is read); building one
     * still loads the command's classes and picocli's model of it, so a run adds only the
     * subcommand it names ({@link #commandLine(String...)}).
     */
    static final Map<String, Supplier<CommandSpec>> SUBCOMMANDS = orderedSubcommands();

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
        CommandLine cl = new CommandLine(QaCommand.spec(new QaCommand()));
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        return cl;
    }

    private static Map<String, Supplier<CommandSpec>> orderedSubcommands() {
        Map<String, Supplier<CommandSpec>> m = new java.util.LinkedHashMap<>();
        m.put("help", () -> HelpCommand.spec(new HelpCommand()));
        m.put("devalue", () -> DevalueCommand.spec(new DevalueCommand()));
        m.put("validate", () -> ValidateCommand.spec(new ValidateCommand()));
        m.put("fix", () -> FixCommand.spec(new FixCommand()));
        m.put("convert", () -> ConvertCommand.spec(new ConvertCommand()));
        m.put("inspect", () -> InspectCommand.spec(new InspectCommand()));
        m.put("render", () -> RenderCommand.spec(new RenderCommand()));
        m.put("schema", () -> SchemaCommand.spec(new SchemaCommand()));
        return java.util.Collections.unmodifiableMap(m);
    }
}
