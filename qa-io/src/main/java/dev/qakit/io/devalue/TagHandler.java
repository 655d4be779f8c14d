package dev.qakit.io.devalue;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Both directions of one devalue tag: the reviver that turns a tag's decoded operand into a
 * value, and the reducer that recognises such a value when encoding (devalue's
 * {@code revivers} and {@code reducers}, under one name).
 *
 * <p>Handlers are registered on {@link DevalueCodec.Builder#tag(TagHandler)}; user handlers
 * are consulted before the built-in meaning of a tag, as in devalue. Implementations must be
 * immutable and thread-safe: one codec serves many threads.
 *
 * <pre>{@code
 * TagHandler money = TagHandler.of("Money",
 *         v -> Money.parse((String) v),
 *         v -> v instanceof Money m ? m.toString() : null);
 * }</pre>
 */
public interface TagHandler {

    /**
     * The tag name, case-sensitive, as written in payloads ({@code ["Ref", 3]} is {@code Ref}).
     *
     * @return the name
     */
    String name();

    /**
     * Turns the decoded operand of a {@code [name, ref]} slot into the value the slot stands for.
     *
     * <p>When the operand is a container (an object, array, Map, ...) it is complete when this
     * runs, except for members that refer back to containers still being decoded (cycles).
     * A non-number operand written inline ({@code ["Ref", "text"]}) is handed over as is.
     *
     * @param value the decoded operand
     * @return the decoded value of the slot; never null
     * @throws IllegalArgumentException if the operand is not what this tag carries (reported
     *     as the problem {@code devalue.bad-tag-value})
     */
    Object revive(Object value);

    /**
     * When encoding, decides whether a value is written under this tag.
     *
     * @param value a value being encoded (a container or a primitive)
     * @return the value to write as the tag's operand, or null when this handler does not apply
     */
    @Nullable Object reduce(Object value);

    /**
     * A handler that keeps the tag: it decodes {@code [name, ref]} to {@link Tagged}{@code (name, value)}
     * and encodes such a {@link Tagged} back.
     *
     * @param name the tag name
     * @return the handler
     */
    static TagHandler keep(String name) {
        Objects.requireNonNull(name, "name");
        return of(name, v -> new Tagged(name, v), v -> v instanceof Tagged t && t.tag().equals(name) ? t.value() : null);
    }

    /**
     * A handler made of two functions.
     *
     * @param name the tag name
     * @param reviver turns a decoded operand into the value (see {@link #revive(Object)})
     * @param reducer returns the operand to write for a value of this tag, or null (see {@link #reduce(Object)})
     * @return the handler
     */
    static TagHandler of(String name, Function<Object, Object> reviver, Function<Object, @Nullable Object> reducer) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reviver, "reviver");
        Objects.requireNonNull(reducer, "reducer");
        return new TagHandler() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object revive(Object value) {
                return Objects.requireNonNull(reviver.apply(value), "the reviver of tag '" + name + "' returned null");
            }

            @Override
            public @Nullable Object reduce(Object value) {
                return reducer.apply(value);
            }

            @Override
            public String toString() {
                return "TagHandler[" + name + "]";
            }
        };
    }
}
