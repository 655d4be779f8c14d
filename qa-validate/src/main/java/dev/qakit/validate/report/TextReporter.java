package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;

/**
 * {@code path:line:col: severity: message [rule-id]} per problem, then the summary line. Line
 * breaks inside a message are written as {@code \n}, so that every problem stays on one line.
 */
final class TextReporter implements Reporter {
    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        for (Problem p : result.problems()) {
            out.append(p.location().toString()).append(": ").append(p.severity().label()).append(": ")
                    .append(p.message().replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))
                    .append(" [").append(p.ruleId()).append("]\n");
        }
        out.append(result.summary()).append('\n');
    }
}
