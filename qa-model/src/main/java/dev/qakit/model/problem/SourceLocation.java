package dev.qakit.model.problem;

import java.util.Objects;

/**
 * Where a value came from: a source (a file path relative to the content root with {@code /}
 * separators, or a label such as {@code <string>}), a 1-based line and column, and a pointer
 * into structured data.
 *
 * <p>Units: {@code line} and {@code column} are 1-based; 0 means unknown. Columns count UTF-16
 * code units from the start of the line (a byte-order mark at the start of a file counts as
 * one column of line 1; a CRLF line ending ends a line like LF does). {@code pointer} is a
 * JSON Pointer into the decoded value ({@code /data/qa-~1fastapi/page/questions/3/id}), to
 * which payload readers append the devalue slot index as {@code @123}; it is {@code ""} when
 * there is none.
 *
 * <p>Never null: {@link #UNKNOWN} stands for "no location".
 *
 * @param source the file or label the value came from; never blank
 * @param line 1-based line, or 0 if unknown
 * @param column 1-based column in UTF-16 code units, or 0 if unknown
 * @param pointer a JSON Pointer and/or payload index path, or {@code ""}
 */
public record SourceLocation(String source, int line, int column, String pointer) {

    /** The location of something whose origin is not known. */
    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0, "");

    /**
     * Validates the components: the source is not blank, neither line nor column is negative, and
     * a column comes with a line.
     *
     * @param source the source
     * @param line the line
     * @param column the column
     * @param pointer the pointer
     */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
        if (line == 0 && column != 0) {
            throw new IllegalArgumentException("a column (" + column + ") needs a line");
        }
    }

    /**
     * A whole source, without a position.
     *
     * @param source the file or label
     * @return the location
     */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0, "");
    }

    /**
     * A position in a text source.
     *
     * @param source the file or label
     * @param line 1-based line
     * @param column 1-based column (UTF-16 code units)
     * @return the location
     */
    public static SourceLocation at(String source, int line, int column) {
        return new SourceLocation(source, line, column, "");
    }

    /**
     * This location with another pointer.
     *
     * @param newPointer the pointer
     * @return a new location
     */
    public SourceLocation withPointer(String newPointer) {
        return new SourceLocation(source, line, column, newPointer);
    }

    /**
     * Whether a line is known.
     *
     * @return {@code line > 0}
     */
    public boolean hasPosition() {
        return line > 0;
    }

    /**
     * {@code source:line:column} (editors and CI turn this into a link); {@code source} alone
     * when no line is known.
     *
     * @return the location as text
     */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
