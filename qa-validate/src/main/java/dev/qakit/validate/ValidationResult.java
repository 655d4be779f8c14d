package dev.qakit.validate;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a validation run found: every problem, sorted by file, line, column and rule id, and
 * the files that were checked. Immutable and thread-safe.
 */
public final class ValidationResult {
    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location().source())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::ruleId)
            .thenComparing(Problem::message);

    private final List<Problem> problems;
    private final List<String> files;
    private final int[] counts = new int[Severity.values().length];

    /**
     * A result.
     *
     * @param problems the problems, in any order (they are sorted)
     * @param files the files checked, in any order (sorted, duplicates dropped); files named by
     *     problems are added
     */
    public ValidationResult(List<Problem> problems, List<String> files) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(ORDER);
        this.problems = Collections.unmodifiableList(sorted);
        // an array sort and one pass: a run names every file, ten thousand and more
        String[] all = new String[files.size() + sorted.size()];
        int n = 0;
        for (String f : files) {
            all[n++] = f;
        }
        for (Problem p : sorted) {
            all[n++] = p.location().source();
            counts[p.severity().ordinal()]++;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || !all[i].equals(all[distinct - 1])) {
                all[distinct++] = all[i];
            }
        }
        this.files = List.of(Arrays.copyOf(all, distinct));
    }

    /**
     * Every problem, sorted by file, line, column and rule id.
     *
     * @return an immutable list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The files checked, sorted.
     *
     * @return an immutable list
     */
    public List<String> files() {
        return files;
    }

    /**
     * The problems grouped by file, files in order; files without problems are left out.
     *
     * @return an immutable map
     */
    public Map<String, List<Problem>> problemsByFile() {
        Map<String, List<Problem>> m = new LinkedHashMap<>();
        for (Problem p : problems) {
            m.computeIfAbsent(p.location().source(), k -> new ArrayList<>()).add(p);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The number of problems of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        return counts[Objects.requireNonNull(severity, "severity").ordinal()];
    }

    /**
     * The number of errors.
     *
     * @return the count
     */
    public int errorCount() {
        return count(Severity.ERROR);
    }

    /**
     * The number of warnings.
     *
     * @return the count
     */
    public int warningCount() {
        return count(Severity.WARNING);
    }

    /**
     * The number of files with at least one problem.
     *
     * @return the count
     */
    public int filesWithProblems() {
        return (int) problems.stream().map(p -> p.location().source()).distinct().count();
    }

    /**
     * Whether the run passes: no errors, and no more warnings than allowed.
     *
     * @param maxWarnings the number of warnings allowed; negative for any number
     * @return true if the content passes
     */
    public boolean passes(int maxWarnings) {
        return errorCount() == 0 && (maxWarnings < 0 || warningCount() <= maxWarnings);
    }

    /**
     * A one-line summary: {@code 2 errors, 1 warning in 2 of 7 files}, or {@code no problems in 7 files}.
     *
     * @return the summary
     */
    public String summary() {
        String files = plural(this.files.size(), "file");
        if (problems.isEmpty()) {
            return "no problems in " + files;
        }
        List<String> parts = new ArrayList<>();
        parts.add(plural(errorCount(), "error"));
        parts.add(plural(warningCount(), "warning"));
        if (count(Severity.INFO) > 0) {
            parts.add(count(Severity.INFO) + " info");
        }
        return String.join(", ", parts) + " in " + filesWithProblems() + " of " + files;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return "ValidationResult[" + summary() + "]";
    }
}
