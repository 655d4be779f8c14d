package dev.qakit.io.nuxt;

import dev.qakit.io.SourceMap;
import dev.qakit.model.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Finds where the value at a JSON Pointer of a decoded payload was written: its devalue slot
 * index and, when known, the line and column of that slot in the payload text.
 */
interface SlotLocator {

    /** A locator that knows nothing. */
    SlotLocator NONE = pointer -> null;

    /**
     * The slot of the value at {@code pointer}.
     *
     * @param pointer a JSON Pointer from the payload root
     * @return the slot, or null when unknown
     */
    @Nullable Slot find(String pointer);

    /**
     * One slot of a payload.
     *
     * @param index the slot index
     * @param line 1-based line of the slot in the source, 0 if unknown
     * @param column 1-based column, 0 if unknown
     */
    record Slot(int index, int line, int column) {
    }

    /**
     * The location of the value at {@code pointer}, with the pointer and the slot index
     * ({@code /page/questions/2@57}) when known.
     *
     * @param source the source named in the location
     * @param pointer the pointer from the payload root
     * @return the location
     */
    default SourceLocation locate(String source, String pointer) {
        Slot slot = find(pointer);
        if (slot == null) {
            return new SourceLocation(source, 0, 0, pointer);
        }
        return new SourceLocation(source, slot.line(), slot.column(), pointer + "@" + slot.index());
    }

    /**
     * A source map over pointers relative to {@code prefix}: {@code /page/title} asks this
     * locator for {@code prefix + "/page/title"}, falling back to the nearest located ancestor.
     *
     * @param source the source
     * @param prefix the pointer of the value the map describes
     * @return the source map
     */
    default SourceMap sourceMap(String source, String prefix) {
        return pointer -> {
            String p = pointer;
            while (true) {
                Slot slot = find(prefix + p);
                if (slot != null) {
                    return new SourceLocation(source, slot.line(), slot.column(), pointer);
                }
                if (p.isEmpty()) {
                    return new SourceLocation(source, 0, 0, pointer);
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        };
    }
}
