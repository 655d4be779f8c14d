package dev.qakit.validate.internal;

import dev.qakit.model.problem.SourceLocation;

/** Line and column packed into one {@code long}, so that page summaries stay small. */
final class Loc {
    private Loc() {
    }

    static long pack(SourceLocation location) {
        return ((long) location.line() << 32) | (location.column() & 0xffffffffL);
    }

    static SourceLocation unpack(String source, long packed, String pointer) {
        int line = (int) (packed >>> 32);
        int column = (int) packed;
        return new SourceLocation(source, line, line == 0 ? 0 : column, pointer);
    }
}
