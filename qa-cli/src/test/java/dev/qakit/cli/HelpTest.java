package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command and subcommand answers {@code --help} with its usage and exit code 0; the
 * command line a run builds (only the subcommand it names) helps and complains exactly as the
 * one with every subcommand.
 */
class HelpTest {

    @Test
    void everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p))
                .contains("", "validate", "convert", "inspect", "render", "schema", "fix", "devalue", "devalue decode", "devalue encode");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as("qa %s --help: %s", String.join(" ", path), run.err()).isZero();
            assertThat(run.out()).as("qa %s --help", String.join(" ", path)).startsWith("Usage: qa");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void aRunWithOnlyItsSubcommandAnswersAsOneWithAll() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        List<List<String>> cases = new ArrayList<>();
        for (List<String> path : paths) {
            for (String extra : List.of("--help", "-h", "--no-such-option", "--version")) {
                List<String> args = new ArrayList<>(path);
                args.add(extra);
                cases.add(args);
            }
        }
        cases.addAll(List.of(List.of(), List.of("help"), List.of("help", "validate"), List.of("validat"), List.of("--help", "validate"),
                List.of("validate", "--format", "nope", "."), List.of("devalue"), List.of("-V")));
        for (List<String> args : cases) {
            String[] a = args.toArray(String[]::new);
            assertThat(CliRun.run(a)).as("qa %s", String.join(" ", args)).isEqualTo(CliRun.runWithEverySubcommand(a));
        }
        assertThat(Main.commandLine("validate", "x").getSubcommands()).containsOnlyKeys("validate");
        assertThat(Main.commandLine("help").getSubcommands()).containsOnlyKeys(Main.SUBCOMMANDS.keySet());
    }

    @Test
    void theSubcommandsAreListedUnderTheirOwnNames() {
        Main.SUBCOMMANDS.forEach((name, command) -> assertThat(new CommandLine(command.get()).getCommandName()).isEqualTo(name));
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        if (cl.getCommandName().equals("help")) {
            return;
        }
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
            }
        });
    }
}
