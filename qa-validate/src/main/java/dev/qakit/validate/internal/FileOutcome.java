package dev.qakit.validate.internal;

import dev.qakit.model.problem.Problem;
import java.util.List;

/**
 * What checking one file found, before the run's configuration is applied: the file's own
 * problems and, per page, its problems and summary. It depends on the file alone, so a result
 * cache keeps it between runs; the run filters severities and disabled rules when it is added.
 *
 * @param source the file's display name
 * @param problems the problems of the file that belong to no page
 * @param pages each page's outcome, in the file's order
 */
public record FileOutcome(String source, List<Problem> problems, List<PageChecker.Outcome> pages) {
    /**
     * Copies the lists.
     *
     * @param source the file's display name
     * @param problems the problems of the file that belong to no page
     * @param pages each page's outcome
     */
    public FileOutcome {
        problems = List.copyOf(problems);
        pages = List.copyOf(pages);
    }
}
