package dev.qakit.validate;

import dev.qakit.io.ReadResult;
import dev.qakit.io.input.QaConfig;
import dev.qakit.io.input.Unit;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.internal.RunState;
import java.util.Objects;

/**
 * One validation run in progress: pages are added as they are read, from any number of
 * threads, and {@link #finish()} runs the rules that need every page and returns the result.
 * Obtain one from {@link ContentValidator#newRun()}.
 *
 * <p>A run keeps only a compact summary per page (path, id, order, question ids, internal
 * links), never the pages themselves. Thread-safe; a finished run accepts nothing more.
 */
public final class ValidationRun {
    private final RunState state;
    private final QaConfig config;

    ValidationRun(RunState state, QaConfig config) {
        this.state = state;
        this.config = config;
    }

    RunState state() {
        return state;
    }

    /**
     * The configuration the run applies.
     *
     * @return the configuration
     */
    public QaConfig config() {
        return config;
    }

    /**
     * Checks what the front door read from one file or route: the file's problems and each of
     * its question pages, with the unit's site.
     *
     * @param unit the unit
     * @return this run
     * @throws IllegalStateException if the run has finished
     */
    public ValidationRun add(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        state.add(state.check(unit), null);
        return this;
    }

    /**
     * Checks one read page of the default site ({@code ""}).
     *
     * @param read what a reader returned: a page with its problems, or only problems
     * @return this run
     * @throws IllegalStateException if the run has finished
     */
    public ValidationRun add(ReadResult<PageData> read) {
        return add("", read);
    }

    /**
     * Checks one read page. Site rules (duplicate paths, siblings, links, orders) compare the
     * pages of one site only, so that a content tree and the generated site built from it can be
     * checked in one run.
     *
     * @param site a name for the site the page belongs to (for example its root folder)
     * @param read what a reader returned: a page with its problems, or only problems
     * @return this run
     * @throws IllegalStateException if the run has finished
     */
    public ValidationRun add(String site, ReadResult<PageData> read) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(read, "read");
        state.add(site, read);
        return this;
    }

    /**
     * Records a problem about a file that gave no page, such as one that could not be read.
     * The configuration's severities and disabled rules apply.
     *
     * @param source the file, counted as checked
     * @param problem the problem
     * @return this run
     * @throws IllegalStateException if the run has finished
     */
    public ValidationRun addProblem(String source, Problem problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
        state.addProblem(source, problem);
        return this;
    }

    /**
     * Runs the site rules and ends the run.
     *
     * @return the result: every problem, sorted by file, line and column
     * @throws IllegalStateException if the run has already finished
     */
    public ValidationResult finish() {
        RunState.Outcome o = state.finish();
        return new ValidationResult(o.problems(), o.files());
    }
}
