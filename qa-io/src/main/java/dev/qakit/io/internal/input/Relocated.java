package dev.qakit.io.internal.input;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A read whose locations are renamed (a content-root-relative name becomes a path relative to
 * the current folder) and, for Markdown text, whose string values are located at their first
 * character rather than at a block scalar's indicator or opening quote.
 */
public final class Relocated {
    /** Pointers of values whose Markdown may be scanned for positions inside them. */
    private static final Pattern TEXT_VALUE = Pattern.compile("/page/questions/\\d+/[qa]");

    private Relocated() {
    }

    public static <T> ReadResult<T> of(ReadResult<T> read, UnaryOperator<String> rename, @Nullable String text) {
        LineIndex lines = text == null ? null : new LineIndex(text);
        SourceMap original = read.sourceMap();
        SourceMap map = pointer -> {
            SourceLocation l = original.locate(pointer);
            SourceLocation renamed = new SourceLocation(rename.apply(l.source()), l.line(), l.column(), l.pointer());
            return lines != null && l.hasPosition() && TEXT_VALUE.matcher(pointer).matches() ? lines.firstCharacter(renamed) : renamed;
        };
        List<Problem> problems = read.problems().stream().map(p -> {
            SourceLocation l = p.location();
            return p.withLocation(new SourceLocation(rename.apply(l.source()), l.line(), l.column(), l.pointer()));
        }).toList();
        return read.value().map(v -> ReadResult.of(v, problems, map))
                .orElseGet(() -> problems.stream().anyMatch(Problem::isError) ? ReadResult.failed(problems, map)
                        : ReadResult.failed(List.of(Problem.error("io.no-value", "nothing could be read from this file",
                                map.locate(""))), map));
    }

    /** Line starts of a text, to look at the characters a location points to. */
    static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                n++;
            }
            starts = new int[n];
            int k = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts[k++] = i + 1;
            }
        }

        private String line(int oneBased) {
            if (oneBased < 1 || oneBased > starts.length) {
                return "";
            }
            int from = starts[oneBased - 1];
            int to = oneBased < starts.length ? starts[oneBased] - 1 : text.length();
            String s = text.substring(from, Math.max(from, to));
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }

        /** A block scalar's first content character, or the character after an opening quote. */
        SourceLocation firstCharacter(SourceLocation at) {
            String line = line(at.line());
            int i = at.column() - 1;
            if (i < 0 || i >= line.length()) {
                return at;
            }
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                return new SourceLocation(at.source(), at.line(), at.column() + 1, at.pointer());
            }
            if (c == '|' || c == '>') {
                for (int l = at.line() + 1; l <= starts.length; l++) {
                    String next = line(l);
                    if (!next.isBlank()) {
                        int indent = 0;
                        while (indent < next.length() && next.charAt(indent) == ' ') {
                            indent++;
                        }
                        return new SourceLocation(at.source(), at.line() + 1, indent + 1, at.pointer());
                    }
                }
            }
            return at;
        }
    }
}
