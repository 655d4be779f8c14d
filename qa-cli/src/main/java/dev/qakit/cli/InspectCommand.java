package dev.qakit.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qa inspect INPUT}: a readable summary of what an input holds. */
@Command(name = "inspect",
        description = {"Summarise an input: its routes, page titles, question counts by difficulty and problems.",
            "INPUT is a _payload.json, a prerendered HTML page, or a generated site directory."})
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A _payload.json, an HTML page, or a generated site directory.")
    Path input;

    @Override
    public Integer call() throws IOException {
        InputKind kind = InputKind.detect(input);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] totals = new int[4];
        Map<Difficulty, Integer> byDifficulty = new EnumMap<>(Difficulty.class);
        List<Problem> problems = new ArrayList<>();
        out.println(input + ": " + kind.description());
        NuxtInputs.forEachRoute(input, kind, common.jobs(), route -> {
            totals[0]++;
            problems.addAll(route.result().problems());
            NuxtPayload payload = route.payload().orElse(null);
            if (payload == null) {
                out.println("  " + route.route() + "  (unreadable: " + count(route.result().problems(), true) + ")");
                return;
            }
            List<String> others = new ArrayList<>();
            boolean any = false;
            for (DataEntry e : payload.entries()) {
                if (e instanceof DataEntry.QuestionPage q) {
                    any = true;
                    totals[1]++;
                    PageData d = q.data();
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
                    out.println("  " + route.route() + "  " + title + "  " + d.page().questions().size() + " questions"
                            + breakdown(counts, unknown));
                } else {
                    others.add(e.key());
                }
            }
            if (!any) {
                String note = payload.error().isPresent() ? "error page"
                        : payload.errors().values().stream().anyMatch(v -> !(v instanceof dev.qakit.model.Undefined)
                                && !(v instanceof dev.qakit.model.JsonNull)) ? "failed async data" : "no question page";
                out.println("  " + route.route() + "  (" + note + (others.isEmpty() ? "" : "; data: " + String.join(", ", others)) + ")");
            }
        });
        out.println(totals[0] + " routes, " + totals[1] + " question pages, " + totals[2] + " questions"
                + breakdown(byDifficulty, totals[3]));
        out.println(count(problems, true) + ", " + count(problems, false));
        for (Problem p : problems) {
            err.println(p.format());
        }
        out.flush();
        err.flush();
        return problems.stream().anyMatch(Problem::isError) ? ExitCodes.CONTENT : ExitCodes.OK;
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
        long n = problems.stream().filter(p -> p.isError() == errors).count();
        return n + (errors ? (n == 1 ? " error" : " errors") : (n == 1 ? " warning" : " warnings"));
    }
}
