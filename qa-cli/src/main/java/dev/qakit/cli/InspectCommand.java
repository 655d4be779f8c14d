package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.positional;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import dev.qakit.io.input.InputKind;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.nuxt.DataEntry;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.model.Difficulty;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.qakit.validate.ValidationResult;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa inspect INPUT}: a readable summary of what an input holds. */
final class InspectCommand implements Callable<Integer> {
    CommandSpec spec;
    final CommonOptions common = new CommonOptions();
    Path input;

    /**
     * The command's model, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(InspectCommand c) {
        CommandSpec spec = command(c, "inspect");
        spec.usageMessage()
                .description("Summarise an input: its routes, page titles, question counts by difficulty and problems.",
                        "INPUT is a Markdown file or content folder, a _payload.json, a prerendered HTML page, or a generated site.",
                        "The problems are those qa validate reports for the same input.");
        spec.addMixin("common", CommonOptions.spec(c.common));
        spec.addPositional(positional(Path.class, () -> c.input, v -> c.input = v).index("0").paramLabel("INPUT")
                .description("A Markdown file or content folder, a _payload.json, an HTML page, or a generated site.").build());
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] totals = new int[4];
        Map<Difficulty, Integer> byDifficulty = new EnumMap<>(Difficulty.class);
        InputPlan plan = Reading.plan(common, List.of(input), false);
        out.println(input + ": " + plan.inputs().get(0).kind().description());
        ValidationResult result = Reading.read(common, plan, unit -> {
            totals[0]++;
            String name = unit.route() != null ? unit.route() : unit.source();
            if (unit.kind() == InputKind.DATA_FILE) {
                out.println("  " + unit.source() + "  (data file, not read)");
                return;
            }
            if (unit.payload().isEmpty() && unit.pages().isEmpty()) {
                out.println("  " + name + "  (unreadable: " + count(unit.allProblems(), true) + ")");
                return;
            }
            List<String> others = new ArrayList<>();
            boolean any = false;
            for (PageData d : unit.pageData()) {
                any = true;
                totals[1]++;
                Map<Difficulty, Integer> counts = new EnumMap<>(Difficulty.class);
                int unknown = 0;
                for (Question question : d.page().questions()) {
                    Difficulty level = question.level().orElse(null);
                    if (level == null) {
                        unknown++;
                    } else {
                        counts.merge(level, 1, Integer::sum);
                        byDifficulty.merge(level, 1, Integer::sum);
                    }
                }
                totals[2] += d.page().questions().size();
                totals[3] += unknown;
                String title = d.page().title() == null ? "(no title)" : "\"" + d.page().title() + "\"";
                out.println("  " + name + "  " + title + "  " + plural(d.page().questions().size(), "question")
                        + breakdown(counts, unknown));
            }
            NuxtPayload payload = unit.payload().orElse(null);
            if (payload != null) {
                for (DataEntry e : payload.entries()) {
                    if (!(e instanceof DataEntry.QuestionPage)) {
                        others.add(e.key());
                    }
                }
            }
            if (!any && payload != null) {
                String note = payload.error().isPresent() ? "error page"
                        : payload.errors().values().stream().anyMatch(v -> !(v instanceof dev.qakit.model.Undefined)
                                && !(v instanceof dev.qakit.model.JsonNull)) ? "failed async data" : "no question page";
                out.println("  " + name + "  (" + note + (others.isEmpty() ? "" : "; data: " + String.join(", ", others)) + ")");
            }
        });
        out.println(plural(totals[0], "file or route", "files or routes") + ", " + plural(totals[1], "question page") + ", "
                + plural(totals[2], "question") + breakdown(byDifficulty, totals[3]));
        out.println(count(result.problems(), true) + ", " + count(result.problems(), false));
        out.flush();
        return Reading.report(common, result, err);
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String breakdown(Map<Difficulty, Integer> counts, int unknown) {
        List<String> parts = new ArrayList<>();
        for (Difficulty d : Difficulty.values()) {
            parts.add(d.slug() + " " + counts.getOrDefault(d, 0));
        }
        if (unknown > 0) {
            parts.add("other " + unknown);
        }
        return " (" + String.join(", ", parts) + ")";
    }

    private static String count(List<Problem> problems, boolean errors) {
        long n = problems.stream().filter(p -> errors ? p.isError() : p.severity() == dev.qakit.model.problem.Severity.WARNING).count();
        return n + (errors ? (n == 1 ? " error" : " errors") : (n == 1 ? " warning" : " warnings"));
    }
}
