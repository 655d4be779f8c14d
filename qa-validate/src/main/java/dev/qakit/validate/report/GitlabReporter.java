package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.internal.JsonWriter;
import java.io.IOException;

/**
 * A GitLab Code Quality report: a JSON array with one issue per problem, each with
 * {@code description} (the message), {@code check_name} (the rule id), {@code fingerprint} (see
 * {@link Fingerprints}: stable across runs and when lines move), {@code severity} and
 * {@code location} ({@code path} and {@code lines.begin}). Severities map as
 * {@code error → major}, {@code warning → minor}, {@code info → info}: GitLab's
 * {@code critical} and {@code blocker} are left for nothing, since qakit has no level above an
 * error. A problem without a line (one about a whole file) is put on line 1, as GitLab requires
 * a line.
 */
final class GitlabReporter implements Reporter {
    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        Fingerprints fingerprints = new Fingerprints();
        w.beginArray();
        for (Problem p : result.problems()) {
            w.beginObject()
                    .member("type", "issue")
                    .member("description", p.message())
                    .member("check_name", p.ruleId())
                    .member("fingerprint", fingerprints.next(p))
                    .member("severity", severity(p.severity()));
            w.name("location").beginObject().member("path", p.location().source())
                    .name("lines").beginObject().member("begin", Math.max(1, p.location().line())).endObject()
                    .endObject();
            w.endObject();
        }
        w.endArray();
        w.finish();
    }

    /**
     * GitLab's name for a severity.
     *
     * @param s the severity
     * @return {@code major}, {@code minor} or {@code info}
     */
    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
