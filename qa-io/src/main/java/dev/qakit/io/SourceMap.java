package dev.qakit.io;

import dev.qakit.model.problem.SourceLocation;
import java.util.Map;
import java.util.Objects;

/**
 * Where the parts of a read value came from, by JSON Pointer into the value's payload shape:
 * {@code /page/questions/2/a} is the answer of the third question of a page's async data,
 * with the payload's own member names ({@code q}, {@code a}, {@code __hash__}).
 *
 * <p>{@link #locate(String)} falls back to the nearest ancestor that has a location, and to
 * the source as a whole, so it always answers. Implementations are immutable and thread-safe.
 */
public interface SourceMap {

    /**
     * The location of the value at {@code pointer}, or of its nearest located ancestor.
     *
     * @param pointer a JSON Pointer ({@code ""} for the whole value)
     * @return the location, never null; the returned location's pointer is {@code pointer}
     */
    SourceLocation locate(String pointer);

    /**
     * A map that knows only the source as a whole.
     *
     * @param source the file or label
     * @return the source map
     */
    static SourceMap of(String source) {
        Objects.requireNonNull(source, "source");
        SourceLocation whole = SourceLocation.of(source);
        return pointer -> whole.withPointer(pointer);
    }

    /**
     * A map backed by exact locations for some pointers.
     *
     * @param source the file or label, for pointers with no located ancestor
     * @param locations locations by pointer (copied)
     * @return the source map
     */
    static SourceMap of(String source, Map<String, SourceLocation> locations) {
        Objects.requireNonNull(source, "source");
        Map<String, SourceLocation> copy = Map.copyOf(locations);
        SourceLocation whole = SourceLocation.of(source);
        return pointer -> {
            String p = pointer;
            while (true) {
                SourceLocation found = copy.get(p);
                if (found != null) {
                    return found.withPointer(pointer);
                }
                if (p.isEmpty()) {
                    return whole.withPointer(pointer);
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        };
    }

    /**
     * Escapes one reference token of a JSON Pointer ({@code ~} → {@code ~0}, {@code /} → {@code ~1}).
     *
     * @param token the member name or index
     * @return the escaped token
     */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
