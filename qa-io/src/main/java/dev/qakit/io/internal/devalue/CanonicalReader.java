package dev.qakit.io.internal.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.TagHandler;
import java.util.List;

/** Reads canonical JSON into graphs, iteratively. Immutable. */
public final class CanonicalReader {
    private final List<TagHandler> tags;
    private final DevalueLimits limits;

    /**
     * Creates the reader.
     *
     * @param tags tag handlers whose revivers turn tags into values
     * @param limits the limits
     */
    public CanonicalReader(List<TagHandler> tags, DevalueLimits limits) {
        this.tags = List.copyOf(tags);
        this.limits = limits;
    }

    /**
     * Reads canonical JSON.
     *
     * @param text the text
     * @param source the source label
     * @return the graph or problems
     */
    public ReadResult<Object> read(String text, String source) {
        throw new UnsupportedOperationException("not yet " + tags + limits + text + source);
    }
}
