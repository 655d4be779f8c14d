package dev.qakit.validate.internal;

import dev.qakit.io.ReadResult;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ValidationConfig;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one validation run: the problems found so far, the files seen and the page
 * summaries. {@link #add} may be called from many threads at once.
 */
public final class RunState {
    private final ValidationConfig config;
    private final PageChecker checker;
    private final Map<String, String> interned = new ConcurrentHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final List<PageSummary> pages = new ArrayList<>();
    private final Map<String, Set<String>> disabledBySource = new HashMap<>();
    private boolean finished;

    /**
     * A new run.
     *
     * @param validator the shared Bean Validation validator
     * @param config the configuration
     */
    public RunState(Validator validator, ValidationConfig config) {
        this.config = config;
        this.checker = new PageChecker(validator, s -> interned.computeIfAbsent(s, k -> k));
    }

    /**
     * Checks one read and keeps what the site rules need.
     *
     * @param site the site the page belongs to
     * @param read the read
     */
    public void add(String site, ReadResult<PageData> read) {
        PageChecker.Outcome outcome = checker.check(site, read);
        Set<String> disabled = outcome.summary() == null ? Set.of() : outcome.summary().disabled;
        List<Problem> kept = new ArrayList<>();
        for (Problem p : outcome.problems()) {
            filter(p, disabled).ifPresent(kept::add);
        }
        synchronized (this) {
            checkOpen();
            files.add(outcome.source());
            problems.addAll(kept);
            if (outcome.summary() != null) {
                pages.add(outcome.summary());
                if (!disabled.isEmpty()) {
                    disabledBySource.put(outcome.source(), disabled);
                }
            }
        }
    }

    /**
     * Records a problem that is not about a read page, such as a file that could not be read.
     *
     * @param source the file the problem is about, counted as checked
     * @param problem the problem
     */
    public void addProblem(String source, Problem problem) {
        Optional<Problem> kept = filter(problem, Set.of());
        synchronized (this) {
            checkOpen();
            files.add(source);
            kept.ifPresent(problems::add);
        }
    }

    /**
     * Records a file that was checked and had nothing to report (or nothing to read).
     *
     * @param source the file
     */
    public synchronized void addFile(String source) {
        checkOpen();
        files.add(source);
    }

    /**
     * Runs the site rules and ends the run.
     *
     * @return every problem, unsorted, and the files seen
     */
    public synchronized Outcome finish() {
        checkOpen();
        finished = true;
        new SiteChecks(p -> filter(p, disabledBySource.getOrDefault(p.location().source(), Set.of())).ifPresent(problems::add))
                .run(pages);
        pages.clear();
        return new Outcome(List.copyOf(problems), List.copyOf(files));
    }

    /**
     * What a finished run found.
     *
     * @param problems the problems
     * @param files the files seen
     */
    public record Outcome(List<Problem> problems, List<String> files) {
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("this validation run has finished");
        }
    }

    private Optional<Problem> filter(Problem p, Set<String> pageDisabled) {
        if (pageDisabled.contains(p.ruleId())) {
            return Optional.empty();
        }
        return config.severityOf(p.ruleId(), p.severity()).map(s -> s == p.severity() ? p : p.withSeverity(s));
    }
}
