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
 * columns moved to where the text starts. Immutable.
 */
final class PayloadSlots implements SlotLocator {
    private final @Nullable SlotIndex index;
    private final int lineOffset;
    private final int columnOffset;

    /**
     * The slots of a decoding's source map.
     *
     * @param map the source map of the codec's result (a {@link SlotIndex} when the text was read)
     * @param line 1-based line of the text's first character in its file
     * @param column 1-based column of that character
     */
    PayloadSlots(SourceMap map, int line, int column) {
        this.index = map instanceof SlotIndex i ? i : null;
        this.lineOffset = line;
        this.columnOffset = column;
    }

    @Override
    public @Nullable Slot find(String pointer) {
        SlotIndex i = index;
        int slot = i == null ? -1 : i.find(pointer);
        return slot < 0 ? null : slot(slot);
    }

    /**
     * {@inheritDoc} The prefix is followed once, on the first question; each pointer is then
     * followed from the prefix's slot.
     */
    @Override
    public SourceMap sourceMap(String source, String prefix) {
        SlotIndex i = index;
        int base = i == null ? -1 : i.find(prefix);
        if (i == null || base < 0) {
            return SlotLocator.super.sourceMap(source, prefix);
        }
        return pointer -> {
            String p = pointer;
            while (true) {
                int slot = i.find(base, p);
                if (slot >= 0) {
                    Slot at = slot(slot);
                    return new SourceLocation(source, at.line(), at.column(), pointer);
                }
                p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
            }
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
