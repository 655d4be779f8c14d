package dev.qakit.validate.internal;

import dev.qakit.model.problem.SourceLocation;

/**
 * Maps a position inside a string value (an answer's Markdown) to a position in the file it came
 * from. Only Markdown files keep an answer's lines as file lines (a block scalar); a payload holds
 * the answer as one JSON string, so there the answer's own location is used.
 */
public final class TextPositions {
    private TextPositions() {
    }

    /**
     * The file position of a 0-based line and column inside a value.
     *
     * @param value where the value starts in the file (its first character)
     * @param indent the indentation that every continuation line of the value carries in the file
     * @param line the 0-based line inside the value
     * @param column the 0-based column inside the value
     * @return the location; the value's own location when it has no position
     */
    public static SourceLocation locate(SourceLocation value, int indent, int line, int column) {
        if (!value.hasPosition() || !(value.source().endsWith(".md") || value.source().endsWith(".markdown"))) {
            return value;
        }
        int col = line == 0 ? value.column() + column : indent + column + 1;
        return new SourceLocation(value.source(), value.line() + line, col, value.pointer());
    }
}
