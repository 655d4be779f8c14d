package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.internal.JsonWriter;
import java.io.IOException;

/**
 * The result as JSON: a summary, then every problem with its location and the other places it
 * names ({@code related}, often empty), each with file, line, column and pointer.
 */
final class JsonReporter implements Reporter {
    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.member("version", 1);
        w.name("summary").beginObject()
                .member("errors", result.errorCount())
                .member("warnings", result.warningCount())
                .member("infos", result.count(Severity.INFO))
                .member("files", result.files().size())
                .member("filesWithProblems", result.filesWithProblems())
                .endObject();
        w.name("problems").beginArray();
        for (Problem p : result.problems()) {
            w.beginObject()
                    .member("file", p.location().source())
                    .member("line", p.location().line())
                    .member("column", p.location().column())
                    .member("pointer", p.location().pointer())
                    .member("severity", p.severity().label())
                    .member("ruleId", p.ruleId())
                    .member("message", p.message());
            w.name("related").beginArray();
            for (SourceLocation r : p.related()) {
                w.beginObject()
                        .member("file", r.source())
                        .member("line", r.line())
                        .member("column", r.column())
                        .member("pointer", r.pointer())
                        .endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.endObject();
        w.finish();
    }
}
