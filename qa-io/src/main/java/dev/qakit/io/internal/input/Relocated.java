package dev.qakit.io.internal.input;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A read whose locations are renamed: a content-root-relative name becomes a path relative to
 * the current folder.
 */
public final class Relocated {
    private Relocated() {
    }

    /**
     * The read with every location's source renamed.
     *
     * @param read the read
     * @param rename the new name of each source name
     * @param <T> the value's type
     * @return the renamed read
     */
    public static <T> ReadResult<T> of(ReadResult<T> read, UnaryOperator<String> rename) {
        SourceMap original = read.sourceMap();
        SourceMap map = pointer -> {
            SourceLocation l = original.locate(pointer);
            return new SourceLocation(rename.apply(l.source()), l.line(), l.column(), l.pointer());
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
}
