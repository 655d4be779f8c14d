package dev.qakit.io.nuxt;

import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.devalue.SlotIndex;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The slots of a payload text that sits somewhere in its file (a whole {@code _payload.json},
 * or the text of a page's payload script): the decoder's {@link SlotIndex}, with its lines and
 * columns moved to where the text starts, so that the value at a JSON Pointer of the decoded
 * payload can be located in the file. Immutable.
 */
final class PayloadSlots {
    /** The slots of nothing: every value is located at its source as a whole. */
    static final PayloadSlots NONE = new PayloadSlots(null, 1, 1);

    private final @Nullable SlotIndex index;
    private final int lineOffset;
    private final int columnOffset;

    private PayloadSlots(@Nullable SlotIndex index, int line, int column) {
        this.index = index;
        this.lineOffset = line;
        this.columnOffset = column;
    }

    /**
     * The slots of a decoding's source map.
     *
     * @param map the source map of the codec's result (a {@link SlotIndex} when the text was read)
     * @param line 1-based line of the text's first character in its file
     * @param column 1-based column of that character
     */
    PayloadSlots(SourceMap map, int line, int column) {
        this(map instanceof SlotIndex i ? i : null, line, column);
    }

    /**
     * One slot of a payload.
     *
     * @param index the slot index
     * @param line 1-based line of the slot in the file, 0 if unknown
     * @param column 1-based column, 0 if unknown
     */
    record Slot(int index, int line, int column) {
    }

    /**
     * The slot of the value at {@code pointer}.
     *
     * @param pointer a JSON Pointer from the payload root
     * @return the slot, or null when unknown
     */
    @Nullable Slot find(String pointer) {
        SlotIndex i = index;
        int slot = i == null ? -1 : i.find(pointer);
        return slot < 0 ? null : slot(slot);
    }

    /**
     * The location of the value at {@code pointer}, with the pointer and the slot index
     * ({@code /page/questions/2@57}) when known.
     *
     * @param source the source named in the location
     * @param pointer the pointer from the payload root
     * @return the location
     */
    SourceLocation locate(String source, String pointer) {
        Slot slot = find(pointer);
        if (slot == null) {
            return new SourceLocation(source, 0, 0, pointer);
        }
        return new SourceLocation(source, slot.line(), slot.column(), pointer + "@" + slot.index());
    }

    /**
     * A source map over pointers relative to {@code prefix}: {@code /page/title} is located as
     * {@code prefix + "/page/title"}, or at its nearest located ancestor. The prefix is followed
     * once, on the first question; each pointer is then followed from the prefix's slot.
     *
     * @param source the source
     * @param prefix the pointer of the value the map describes
     * @return the source map
     */
    SourceMap sourceMap(String source, String prefix) {
        SlotIndex i = index;
        int base = i == null ? -1 : i.find(prefix);
        if (i == null || base < 0) {
            // nothing under an unlocated prefix has a slot either
            return pointer -> new SourceLocation(source, 0, 0, pointer);
        }
        return pointer -> {
            Slot at = slot(i.nearest(base, pointer));
            return new SourceLocation(source, at.line(), at.column(), pointer);
        };
    }

    private Slot slot(int slot) {
        SlotIndex i = java.util.Objects.requireNonNull(index);
        int line = i.line(slot);
        int column = i.column(slot);
        return new Slot(slot, line <= 0 ? 0 : lineOffset + line - 1, line <= 0 ? 0 : (line == 1 ? columnOffset + column - 1 : column));
    }

    /**
     * A custom tag written in the payload.
     *
     * @param tag the tag name
     * @param slot where
     */
    record TagUse(String tag, Slot slot) {
    }

    /**
     * The tagged slots whose tag neither holds data ({@link SlotIndex#holdsData}) nor is one of {@code known}, in slot order.
     *
     * @param known the tag names with revivers
     * @return the uses
     */
    List<TagUse> customTags(Set<String> known) {
        List<TagUse> out = new ArrayList<>();
        SlotIndex i = index;
        for (int s = 0; i != null && s < i.size(); s++) {
            String tag = i.tag(s);
            if (tag != null && !known.contains(tag) && !SlotIndex.holdsData(tag)) {
                out.add(new TagUse(tag, slot(s)));
            }
        }
        return out;
    }
}
