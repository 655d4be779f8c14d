package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML: one {@code <testcase>} per checked file, with a {@code <failure>} listing its
 * problems when it has errors; warnings and infos of a file without errors go to
 * {@code <system-out>}.
 */
final class JunitReporter implements Reporter {
    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        Map<String, List<Problem>> byFile = result.problemsByFile();
        int failures = (int) byFile.values().stream().filter(ps -> ps.stream().anyMatch(Problem::isError)).count();
        int tests = result.files().size();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"qa validate\" tests=\"").append(Integer.toString(tests))
                .append("\" failures=\"").append(Integer.toString(failures)).append("\" errors=\"0\">\n");
        out.append("  <testsuite name=\"qa validate\" tests=\"").append(Integer.toString(tests))
                .append("\" failures=\"").append(Integer.toString(failures)).append("\" errors=\"0\" skipped=\"0\">\n");
        for (String file : result.files()) {
            List<Problem> problems = byFile.getOrDefault(file, List.of());
            out.append("    <testcase classname=\"qa.validate\" name=\"").append(escape(file)).append('"');
            if (problems.isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            StringBuilder lines = new StringBuilder();
            for (Problem p : problems) {
                lines.append(p.format()).append('\n');
            }
            long errors = problems.stream().filter(Problem::isError).count();
            if (errors > 0) {
                out.append("      <failure type=\"qa.validate\" message=\"").append(escape(errors + " error" + (errors == 1 ? "" : "s")
                        + ", first: " + problems.stream().filter(Problem::isError).findFirst().orElseThrow().format()))
                        .append("\">").append(escape(lines.toString())).append("</failure>\n");
            } else {
                out.append("      <system-out>").append(escape(lines.toString())).append("</system-out>\n");
            }
            out.append("    </testcase>\n");
        }
        out.append("  </testsuite>\n</testsuites>\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
