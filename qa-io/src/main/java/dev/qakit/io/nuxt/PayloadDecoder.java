package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.devalue.TagHandler;
import dev.qakit.io.devalue.UnknownTagPolicy;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decodes devalue payload text with Nuxt's tags (and the user's revivers, consulted first)
 * through the devalue codec, and moves the codec's locations to where the text sits in its file.
 */
final class PayloadDecoder {
    /** Rule id of a kept unknown tag ({@link UnknownTagPolicy#WARN}). */
    static final String UNKNOWN_TAG = "nuxt.unknown-tag";
    /** The codec's rule id for a rejected unknown tag. */
    private static final String UNKNOWN_TAG_REJECTED = "devalue.unknown-tag";

    /**
     * What decoding produced.
     *
     * @param root the decoded root, or null when the text could not be decoded
     * @param problems the problems found
     * @param locator finds slots by pointer
     */
    record Decoded(@Nullable Object root, List<Problem> problems, PayloadSlots locator) {
    }

    private final DevalueCodec codec;
    /** The codec rejecting unknown tags, tried first under {@link UnknownTagPolicy#WARN}: a payload without one needs no slot index. */
    private final DevalueCodec strict;
    private final UnknownTagPolicy unknownTags;
    private final Set<String> known;

    PayloadDecoder(Map<String, Function<Object, Object>> revivers, UnknownTagPolicy unknownTags, DevalueLimits limits) {
        DevalueCodec.Builder b = DevalueCodec.builder();
        known = new HashSet<>();
        for (Map.Entry<String, Function<Object, Object>> e : revivers.entrySet()) {
            b.tag(TagHandler.of(e.getKey(), e.getValue(), v -> null));
            known.add(e.getKey());
        }
        b.tags(NuxtTags.all());
        for (TagHandler t : NuxtTags.all()) {
            known.add(t.name());
        }
        this.codec = b.unknownTags(unknownTags == UnknownTagPolicy.REJECT ? UnknownTagPolicy.REJECT : UnknownTagPolicy.KEEP)
                .limits(limits)
                .build();
        this.strict = codec.toBuilder().unknownTags(UnknownTagPolicy.REJECT).build();
        this.unknownTags = unknownTags;
    }

    Decoded decode(String text, String source, int line, int column) {
        ReadResult<Object> r = unknownTags == UnknownTagPolicy.WARN ? strict.read(text, source) : null;
        boolean unknown = r == null || hasUnknownTag(r);
        if (unknown) {
            r = codec.read(text, source);
        }
        return decoded(r, new PayloadSlots(r.sourceMap(), line, column), source, line, column, unknown);
    }

    /**
     * Decodes a whole file's bytes.
     *
     * @param bytes well-formed UTF-8
     * @param source the source for locations
     * @return what decoding produced
     */
    Decoded decode(byte[] bytes, String source) {
        ReadResult<Object> r = unknownTags == UnknownTagPolicy.WARN ? strict.read(bytes, source) : null;
        boolean unknown = r == null || hasUnknownTag(r);
        if (unknown) {
            r = codec.read(bytes, source);
        }
        return decoded(r, new PayloadSlots(r.sourceMap(), 1, 1), source, 1, 1, unknown);
    }

    /**
     * Whether a strict decoding stopped at an unknown tag. Decoding goes in a fixed order, so a
     * strict decoding that fails for another reason fails the same way when unknown tags are kept,
     * and one that succeeds met no unknown tag: only this case needs the lenient decoding and the
     * slot index that finds the unknown tags.
     */
    private static boolean hasUnknownTag(ReadResult<Object> strictResult) {
        return strictResult.problems().stream().anyMatch(p -> p.ruleId().equals(UNKNOWN_TAG_REJECTED));
    }

    private Decoded decoded(ReadResult<Object> r, PayloadSlots slots, String source, int line, int column, boolean mayHaveUnknownTags) {
        List<Problem> problems = new ArrayList<>(r.problems().size());
        for (Problem p : r.problems()) {
            problems.add(shift(p, line, column));
        }
        if (unknownTags == UnknownTagPolicy.WARN && mayHaveUnknownTags && r.value().isPresent()) {
            for (PayloadSlots.TagUse use : slots.customTags(known)) {
                problems.add(Problem.warning(UNKNOWN_TAG, "unknown payload tag '" + use.tag() + "' kept as an opaque value;"
                        + " register a reviver for it to read it", new SourceLocation(source, use.slot().line(),
                        use.slot().column(), "@" + use.slot().index())));
            }
        }
        return new Decoded(r.value().orElse(null), problems, slots);
    }

    /** A location in the text, moved to where the text starts in its file. */
    private static Problem shift(Problem p, int line, int column) {
        SourceLocation l = p.location();
        if (line == 1 && column == 1 || l.line() == 0) {
            return p;
        }
        int newLine = line + l.line() - 1;
        int newColumn = l.line() == 1 ? column + l.column() - 1 : l.column();
        return p.withLocation(new SourceLocation(l.source(), newLine, newColumn, l.pointer()));
    }
}
