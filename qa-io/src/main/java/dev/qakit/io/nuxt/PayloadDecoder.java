package dev.qakit.io.nuxt;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Decodes devalue payload text with Nuxt's revivers, through the devalue codec. */
final class PayloadDecoder {
    /**
     * What decoding produced.
     *
     * @param root the decoded root, or null when the text could not be decoded
     * @param problems the problems found
     * @param locator finds slots by pointer
     */
    record Decoded(@Nullable Object root, List<Problem> problems, SlotLocator locator) {
    }

    PayloadDecoder(Map<String, Function<Object, Object>> revivers, UnknownTags unknownTags) {
    }

    Decoded decode(String text, String source, int line, int column) {
        SlotLocator slots = new PayloadSlots(text, line, column);
        return new Decoded(null, List.of(Problem.error("nuxt.codec", "the devalue codec is not available",
                SourceLocation.of(source))), slots);
    }
}
