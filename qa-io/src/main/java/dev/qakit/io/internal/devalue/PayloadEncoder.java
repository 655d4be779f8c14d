package dev.qakit.io.internal.devalue;

import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.TagHandler;
import java.io.IOException;
import java.util.List;

/** Writes value graphs as devalue payloads. Immutable; per-call state lives in a context. */
public final class PayloadEncoder {
    private final List<TagHandler> tags;
    private final DevalueLimits limits;

    /**
     * Creates the encoder.
     *
     * @param tags the tag handlers, reducers consulted in order
     * @param limits the limits
     */
    public PayloadEncoder(List<TagHandler> tags, DevalueLimits limits) {
        this.tags = List.copyOf(tags);
        this.limits = limits;
    }

    /**
     * Encodes a graph.
     *
     * @param value the root
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void encode(Object value, Appendable out) throws IOException {
        throw new UnsupportedOperationException("not yet " + tags.size() + limits);
    }
}
