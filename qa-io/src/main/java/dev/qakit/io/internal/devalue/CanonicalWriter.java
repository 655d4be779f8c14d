package dev.qakit.io.internal.devalue;

import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.TagHandler;
import java.io.IOException;
import java.util.List;

/** Writes graphs as canonical JSON, iteratively. Immutable. */
public final class CanonicalWriter {
    private final List<TagHandler> tags;
    private final DevalueLimits limits;
    private final int indent;

    /**
     * Creates the writer.
     *
     * @param tags tag handlers whose reducers decide which values are tags
     * @param limits the limits
     * @param indent spaces per level, 0 for compact
     */
    public CanonicalWriter(List<TagHandler> tags, DevalueLimits limits, int indent) {
        this.tags = List.copyOf(tags);
        this.limits = limits;
        this.indent = indent;
    }

    /**
     * Writes a graph.
     *
     * @param value the root
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(Object value, Appendable out) throws IOException {
        throw new UnsupportedOperationException("not yet " + tags + limits + indent);
    }
}
