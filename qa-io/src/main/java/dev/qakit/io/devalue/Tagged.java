package dev.qakit.io.devalue;

import java.util.Objects;

/**
 * A value written under a custom devalue tag ({@code ["Ref", 3]}), kept as the tag name and the
 * decoded inner value.
 *
 * <p>Decoding produces it for custom tags whose handler keeps the tag (every reactive wrapper of
 * {@link NuxtTags}, {@link TagHandler#keep(String)}) and, with {@link UnknownTagPolicy#KEEP},
 * for tags nobody handles. Encoding writes it back as the same tag, so a decoded graph
 * re-encodes to an equivalent payload.
 *
 * <p>Like every container of a decoded graph, equality is identity: the inner value may be
 * cyclic, so it is never compared or hashed. Immutable.
 */
public final class Tagged {
    private final String tag;
    private final Object value;

    /**
     * Creates a tagged value.
     *
     * @param tag the tag name, as written in the payload
     * @param value the decoded inner value
     */
    public Tagged(String tag, Object value) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * The tag name.
     *
     * @return the name, as written in the payload
     */
    public String tag() {
        return tag;
    }

    /**
     * The decoded inner value.
     *
     * @return the value
     */
    public Object value() {
        return value;
    }

    /**
     * The tag name and the inner value's type, never the inner value itself (it may be cyclic).
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "Tagged[" + tag + ", " + value.getClass().getSimpleName() + "]";
    }
}
