package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=rule-id::message}.
 * GitHub shows at most {@value #MAX_PER_SEVERITY} annotations per severity and step, so only that
 * many are written per severity; a final notice counts the rest, and the summary line follows.
 * Data is escaped as the Actions toolkit does ({@code %}, CR, LF), properties also {@code :} and {@code ,}.
 */
final class GithubReporter implements Reporter {
    /** The annotations GitHub shows per severity and step. */
    static final int MAX_PER_SEVERITY = 10;

    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        int[] written = new int[Severity.values().length];
        int left = 0;
        for (Problem p : result.problems()) {
            if (written[p.severity().ordinal()]++ >= MAX_PER_SEVERITY) {
                left++;
                continue;
            }
            String command = switch (p.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::").append(command).append(" file=").append(property(p.location().source()));
            if (p.location().hasPosition()) {
                out.append(",line=").append(Integer.toString(p.location().line()));
                if (p.location().column() > 0) {
                    out.append(",col=").append(Integer.toString(p.location().column()));
                }
            }
            out.append(",title=").append(property(p.ruleId())).append("::").append(data(p.message())).append('\n');
        }
        if (left > 0) {
            out.append("::notice::").append(data(left + " more problem" + (left == 1 ? " is" : "s are")
                    + " not shown as annotations; see the job log or the other report formats")).append('\n');
        }
        out.append(result.summary()).append('\n');
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
