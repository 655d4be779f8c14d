package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;

/**
 * {@code path:line:col: severity: message [rule-id]} per problem, then the summary line. Line
 * breaks inside a message are written as {@code \n}, so that every problem stays on one line.
 */
public final class TextReporter implements Reporter {
    TextReporter() {
    }

    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        for (Problem p : result.problems()) {
            out.append(line(p)).append('\n');
        }
        out.append(result.summary()).append('\n');
    }

    /**
     * One problem as the text report writes it, without the line break.
     *
     * @param p the problem
     * @return {@code path:line:col: severity: message [rule-id]}
     */
    public static String line(Problem p) {
        return p.location() + ": " + p.severity().label() + ": "
                + p.message().replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + " [" + p.ruleId() + "]";
    }
}
