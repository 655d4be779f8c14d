package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;

/** {@code path:line:col: severity: message [rule-id]} per problem, then the summary line. */
final class TextReporter implements Reporter {
    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        for (Problem p : result.problems()) {
            out.append(p.format()).append('\n');
        }
        out.append(result.summary()).append('\n');
    }
}
