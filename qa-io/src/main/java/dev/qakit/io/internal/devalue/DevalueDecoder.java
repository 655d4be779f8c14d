package dev.qakit.io.internal.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.TagHandler;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Decodes devalue payload text into a value graph: the entry point of the decoder. The work is
 * split in two passes, each its own class: {@link SlotTable} scans Jackson's token stream into a
 * compact table of slots and operands (no tree), then {@link GraphBuilder} builds the graph from
 * slot 0 with an explicit stack (no recursion), with {@link BuiltInTags} decoding the data of
 * built-in tags. This class turns failures into located problems. Immutable; each call has its
 * own state.
 */
public final class DevalueDecoder {
    static final Double NAN = Double.NaN;
    static final Double POSITIVE_INFINITY = Double.POSITIVE_INFINITY;
    static final Double NEGATIVE_INFINITY = Double.NEGATIVE_INFINITY;
    static final Double NEGATIVE_ZERO = -0.0;

    private final Map<String, TagHandler> handlers;
    private final boolean keepUnknown;
    private final boolean legacy;
    private final DevalueLimits limits;
    private final JsonFactory factory;

    /**
     * Creates the decoder.
     *
     * @param handlers tag handlers by name
     * @param keepUnknown whether unknown tags become Tagged
     * @param legacy whether ambiguous forms are read as before devalue 5.7.0
     * @param limits the limits
     */
    public DevalueDecoder(Map<String, TagHandler> handlers, boolean keepUnknown, boolean legacy, DevalueLimits limits) {
        this.handlers = Map.copyOf(handlers);
        this.keepUnknown = keepUnknown;
        this.legacy = legacy;
        this.limits = limits;
        this.factory = jsonFactory(limits);
    }

    static JsonFactory jsonFactory(DevalueLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }

    /**
     * Decodes one input.
     *
     * @param input the input
     * @param source the source label
     * @return the value or problems
     */
    public ReadResult<Object> read(PayloadInput input, String source) {
        Context c = new Context(input, source);
        try {
            Object value = c.run();
            return ReadResult.of(value, List.of(), c.sourceMap());
        } catch (DecodeFailure f) {
            return ReadResult.failed(List.of(c.problem(f)), c.sourceMap());
        } catch (StreamConstraintsException e) {
            String rule = e.getOriginalMessage().contains("nesting depth") ? "devalue.depth-limit" : "devalue.size-limit";
            return ReadResult.failed(List.of(c.jsonProblem(rule, e)), c.sourceMap());
        } catch (JacksonException e) {
            return ReadResult.failed(List.of(c.jsonProblem("devalue.json-syntax", e)), c.sourceMap());
        }
    }

    /**
     * The result for an input over the size limit.
     *
     * @param source the source label
     * @return a failed result
     */
    public ReadResult<Object> tooLarge(String source) {
        return ReadResult.failed(List.of(Problem.error("devalue.size-limit",
                "the payload is larger than the limit of " + limits.maxBytes() + " bytes", SourceLocation.of(source))), SourceMap.of(source));
    }

    /** The state of one decoding call: the input, and what is needed to locate a failure in it. */
    private final class Context {
        private final PayloadInput input;
        private final String source;
        private @Nullable SlotTable table;

        /** The parser of the first pass, kept to locate failures that carry no location. */
        private @Nullable JsonParser active;

        Context(PayloadInput input, String source) {
            this.input = input;
            this.source = source;
        }

        /** The slots read so far as a source map (a payload that fails to decode is located as far as it was read). */
        SourceMap sourceMap() {
            SlotTable t = table;
            return t == null ? SourceMap.of(source) : new SlotIndex(t, source);
        }

        private JsonParser parser() {
            ObjectReadContext ctx = ObjectReadContext.empty();
            String text = input.text;
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                // a byte-order mark: skipped, as a browser's and Node's UTF-8 decoders skip it
                char[] chars = text.toCharArray();
                return factory.createParser(ctx, chars, 1, chars.length - 1);
            }
            return factory.createParser(ctx, text);
        }

        Object run() {
            try (JsonParser p = parser()) {
                active = p;
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw new DecodeFailure("devalue.json-syntax", "the payload is empty: expected a JSON array", -1, -1, input.length());
                }
                Object bare = null;
                SlotTable t0 = new SlotTable(input);
                table = t0;
                if (t == JsonToken.START_ARRAY) {
                    t0.read(p);
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    bare = bareSpecial(p);
                } else {
                    throw new DecodeFailure("devalue.invalid-root", "expected a JSON array of slots (or a bare -1, -3, -4, -5 or -6), got " + SlotTable.tokenName(t),
                            -1, -1, offset(p.currentTokenLocation()));
                }
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    throw new DecodeFailure("devalue.json-syntax", "unexpected " + SlotTable.tokenName(extra) + " after the payload", -1, -1, offset(p.currentTokenLocation()));
                }
                if (bare != null) {
                    return bare;
                }
            }
            SlotTable t0 = Objects.requireNonNull(table);
            if (t0.slotCount == 0) {
                throw new DecodeFailure("devalue.invalid-root", "the payload is an empty array: expected at least the root slot", -1, -1, 0);
            }
            return new GraphBuilder(t0, handlers, keepUnknown, legacy, limits).build();
        }

        private Object bareSpecial(JsonParser p) {
            double d = p.getDoubleValue();
            if (d == -1) {
                return Undefined.INSTANCE;
            } else if (d == -3) {
                return NAN;
            } else if (d == -4) {
                return POSITIVE_INFINITY;
            } else if (d == -5) {
                return NEGATIVE_INFINITY;
            } else if (d == -6) {
                return NEGATIVE_ZERO;
            }
            throw new DecodeFailure("devalue.invalid-root", "a bare number must be -1, -3, -4, -5 or -6 (a special value), got " + p.getString(),
                    -1, -1, offset(p.currentTokenLocation()));
        }

        private long offset(TokenStreamLocation loc) {
            long o = loc.getCharOffset();
            return o >= 0 && !input.text.isEmpty() && input.text.charAt(0) == '\uFEFF' ? o + 1 : o;
        }

        Problem problem(DecodeFailure f) {
            long offset = f.offset;
            String pointer = "";
            if (f.slot >= 0) {
                pointer = "@" + f.slot;
                offset = locate(f.slot, f.position);
            }
            return Problem.error(f.rule, f.getMessage(), at(offset, pointer));
        }

        Problem jsonProblem(String rule, JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            long offset = loc == null ? -1 : offset(loc);
            if (offset < 0 && active != null) {
                offset = offset(active.currentTokenLocation());
            }
            String message = e.getOriginalMessage();
            message = JsonText.cleanJacksonMessage(message);
            return Problem.error(rule, message.isBlank() ? "malformed JSON" : message, at(offset, ""));
        }

        private SourceLocation at(long offset, String pointer) {
            if (offset < 0) {
                return SourceLocation.of(source).withPointer(pointer);
            }
            long pos = input.position(offset);
            return new SourceLocation(source, (int) (pos >>> 32), (int) pos, pointer);
        }

        /** The offset of a slot, or of one of its operands (its JSON child at that position). */
        private long locate(int slot, int position) {
            try (JsonParser p = parser()) {
                p.nextToken();
                for (int i = 0; i < slot; i++) {
                    p.nextToken();
                    p.skipChildren();
                }
                JsonToken t = p.nextToken();
                long slotOffset = offset(p.currentTokenLocation());
                if (position < 0 || (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT)) {
                    return slotOffset;
                }
                for (int i = 0; i <= position; i++) {
                    JsonToken c = p.nextToken();
                    if (c == JsonToken.END_ARRAY || c == JsonToken.END_OBJECT || c == null) {
                        return slotOffset;
                    }
                    if (i < position) {
                        p.skipChildren();
                    }
                }
                return offset(p.currentTokenLocation());
            } catch (JacksonException e) {
                return -1;
            }
        }
    }
}
