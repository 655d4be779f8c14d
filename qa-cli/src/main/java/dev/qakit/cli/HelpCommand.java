package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.positional;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code qa help [COMMAND]}: the usage of {@code qa} or of one of its subcommands. It is
 * picocli's {@link CommandLine.HelpCommand} declared in code, since picocli's is an annotated
 * class: the same usage text, the same answers and errors.
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    String command;
    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    /**
     * The command's model, with the attributes picocli's help command declares.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(HelpCommand c) {
        CommandSpec spec = command(c, "help").helpCommand(true);
        spec.usageMessage()
                .header("Display help information about the specified command.")
                .synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).initialValue(false).usageHelp(true)
                .description("Show usage help for the help command and exit.").build());
        spec.addPositional(positional(String.class, () -> c.command, v -> c.command = v).arity("0..1").required(false)
                .paramLabel("COMMAND").description("The COMMAND to display the usage help message for.").build());
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    /**
     * Prints the usage of the command named, or of {@code qa} when none is (as picocli's does;
     * {@code qa} does not take abbreviated subcommand names, so neither does this).
     */
    @Override
    public Integer call() {
        CommandLine parent = self == null ? null : self.getParent();
        if (parent == null) {
            return CommandLine.ExitCode.OK;
        }
        if (command == null) {
            parent.usage(out, colors);
            return parent.getCommandSpec().exitCodeOnUsageHelp();
        }
        Map<String, CommandLine> subcommands = parent.getCommandSpec().subcommands();
        CommandLine subcommand = subcommands.get(command);
        if (subcommand == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        }
        subcommand.usage(out, colors);
        return subcommand.getCommandSpec().exitCodeOnUsageHelp();
    }
}
