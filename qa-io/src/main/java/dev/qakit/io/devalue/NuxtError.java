package dev.qakit.io.devalue;

import dev.qakit.model.Undefined;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A Nuxt error written under the {@code NuxtError} tag: the error's {@code toJSON()}
 * ({@code statusCode}, {@code statusMessage}, {@code message}, {@code data}, and whatever else it
 * holds), with typed accessors for the well-known members.
 *
 * <p>All members are kept in payload order in {@link #members()}, so the error re-encodes to the
 * same payload. Equality is identity ({@code data} may be cyclic).
 */
public final class NuxtError {
    private static final Set<String> KNOWN = Set.of("statusCode", "statusMessage", "message", "data");

    private final Map<String, Object> members;

    /**
     * Creates the error from its members.
     *
     * @param members the members in payload order (copied)
     */
    public NuxtError(Map<String, ?> members) {
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * Every member, in payload order.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> members() {
        return members;
    }

    /**
     * The HTTP status code, when {@code statusCode} is an integral number.
     *
     * @return the status code, or empty
     */
    public OptionalInt statusCode() {
        Object v = members.get("statusCode");
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return OptionalInt.of(d.intValue());
        }
        return OptionalInt.empty();
    }

    /**
     * The status message, when {@code statusMessage} is a string.
     *
     * @return the status message, or empty
     */
    public Optional<String> statusMessage() {
        return members.get("statusMessage") instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * The message, when {@code message} is a string.
     *
     * @return the message, or empty
     */
    public Optional<String> message() {
        return members.get("message") instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * The {@code data} member, when present and not {@code undefined}.
     *
     * @return the data, or empty
     */
    public Optional<Object> data() {
        Object v = members.get("data");
        return v == null || v == Undefined.INSTANCE ? Optional.empty() : Optional.of(v);
    }

    /**
     * The members other than {@code statusCode}, {@code statusMessage}, {@code message} and
     * {@code data} (Nuxt adds {@code fatal}, {@code unhandled}, ...), in payload order.
     *
     * @return a new unmodifiable map
     */
    public Map<String, Object> extra() {
        Map<String, Object> out = new LinkedHashMap<>();
        members.forEach((k, v) -> {
            if (!KNOWN.contains(k)) {
                out.put(k, v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The status code and message.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "NuxtError[" + members.get("statusCode") + ", " + members.get("message") + "]";
    }
}
