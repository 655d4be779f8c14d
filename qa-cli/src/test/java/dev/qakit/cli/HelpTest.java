package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} with its usage and exit code 0. */
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
