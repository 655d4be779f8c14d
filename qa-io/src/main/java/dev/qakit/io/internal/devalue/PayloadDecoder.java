package dev.qakit.io.internal.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.TagHandler;
import java.util.Map;

/** Decodes devalue payloads. Immutable; per-call state lives in a context. */
public final class PayloadDecoder {
    private final Map<String, TagHandler> handlers;
    private final boolean keepUnknown;
    private final boolean legacy;
    private final DevalueLimits limits;

    /**
     * Creates the decoder.
     *
     * @param handlers tag handlers by name
     * @param keepUnknown whether unknown tags become Tagged
     * @param legacy whether ambiguous forms are read as before devalue 5.7.0
     * @param limits the limits
     */
    public PayloadDecoder(Map<String, TagHandler> handlers, boolean keepUnknown, boolean legacy, DevalueLimits limits) {
        this.handlers = Map.copyOf(handlers);
        this.keepUnknown = keepUnknown;
        this.legacy = legacy;
        this.limits = limits;
    }

    /**
     * Decodes one input.
     *
     * @param input the input
     * @param source the source label
     * @return the value or problems
     */
    public ReadResult<Object> read(PayloadInput input, String source) {
        throw new UnsupportedOperationException("not yet" + handlers + keepUnknown + legacy + limits + input + source);
    }

    /**
     * The result for an input over the size limit.
     *
     * @param source the source label
     * @return a failed result
     */
    public ReadResult<Object> tooLarge(String source) {
        throw new UnsupportedOperationException(source);
    }
}
