package dev.qakit.bench;

import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.Unit;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.ValidationRun;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a validation run keeps in the heap, measured rather than read off a collector's log: the
 * heap still in use after full collections, before the run, once every file of a tree has been
 * read and checked (the plan and the run's per-page summaries, the most a run holds), and after
 * the run has finished (the result alone, as a command keeps it to report). Run it with the serial collector, whose
 * {@code System.gc()} is a full compacting collection, so that the heap in use is the live set:
 *
 * <pre>java -XX:+UseSerialGC -cp benchmarks.jar dev.qakit.bench.LiveSet TREE</pre>
 *
 * <p>It reads as {@code qa validate} does (the front door, then the validator's run), on one
 * thread, and prints one line: {@code pages=N planned=B held=B result=B perPage=B problems=N}
 * (bytes above the heap in use before the run). {@code bench/run} runs it over the 10 000- and
 * the 100 000-page trees and projects the heap a run over 10^6 pages needs from the two.
 */
public final class LiveSet {
    private LiveSet() {
    }

    /**
     * Measures one tree.
     *
     * @param args the tree's content folder
     * @throws IOException if the tree cannot be walked
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LiveSet CONTENT_FOLDER");
            System.exit(2);
        }
        long before = liveHeap();
        long[] figures = new long[3];
        ValidationResult result = run(Path.of(args[0]), before, figures);
        long after = liveHeap();
        long pages = figures[0];
        System.out.printf(Locale.ROOT, "pages=%d planned=%d held=%d result=%d perPage=%d problems=%d%n", pages, figures[1], figures[2],
                after - before, pages == 0 ? 0 : figures[2] / pages, result.problems().size());
        Reference.reachabilityFence(result);
    }

    /** Plans and checks the tree; figures receives the pages, and the heap the plan and the run held above {@code before}. */
    private static ValidationResult run(Path tree, long before, long[] figures) throws IOException {
        InputPlan plan = InputReader.builder().build().plan(List.of(tree));
        figures[1] = liveHeap() - before;
        ValidationRun run = ContentValidator.builder().jobs(1).build().newRun(plan);
        try (Stream<Unit> s = plan.units()) {
            s.forEachOrdered(u -> {
                run.add(u);
                figures[0]++;
            });
        }
        figures[2] = liveHeap() - before;
        return run.finish();
    }

    /** The heap in use after full collections (three, until it stops falling). */
    private static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
