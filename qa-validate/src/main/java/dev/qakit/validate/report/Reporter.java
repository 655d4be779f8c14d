package dev.qakit.validate.report;

import dev.qakit.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link ValidationResult} in one format. Get one from {@link ReportFormat#reporter()}.
 * Implementations are stateless and thread-safe; the output is deterministic.
 */
public interface Reporter {

    /**
     * Writes the report. The appendable is not closed.
     *
     * @param result the result
     * @param out where the report goes
     * @throws IOException if writing fails
     */
    void write(ValidationResult result, Appendable out) throws IOException;

    /**
     * The report as a string.
     *
     * @param result the result
     * @return the report
     */
    default String render(ValidationResult result) {
        StringBuilder sb = new StringBuilder();
        try {
            write(result, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }
}
