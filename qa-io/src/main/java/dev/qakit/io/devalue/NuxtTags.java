package dev.qakit.io.devalue;

import dev.qakit.io.internal.devalue.JsonScalars;
import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Nuxt's devalue tags as ready {@link TagHandler}s (format spec §5, Nuxt payload spec).
 *
 * <p>The reactive wrappers ({@code ShallowReactive}, {@code Reactive}, {@code ShallowRef},
 * {@code Ref}), {@code Island} and Pinia's {@code skipHydrate} decode to
 * {@link Tagged}{@code (name, inner)}, so a reader can tell reactive state from a plain object;
 * {@link #unwrap(Object)} strips them. {@code EmptyRef} and {@code EmptyShallowRef} carry a
 * falsy value as JSON text ({@code "null"}, {@code "false"}, {@code "0"}, {@code "\"\""}, and
 * the sentinels {@code "_"} for undefined and {@code "0n"} for BigInt zero): they decode to
 * {@link Tagged}{@code (name, parsed value)}. {@code NuxtError} decodes to a {@link NuxtError}.
 * Encoding reverses each of these exactly.
 *
 * <pre>{@code
 * DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
 * }</pre>
 */
public final class NuxtTags {
    /** {@code ShallowReactive}: Nuxt's {@code data} and {@code _errors}. */
    public static final String SHALLOW_REACTIVE = "ShallowReactive";
    /** {@code Reactive}: Nuxt's {@code state}, and objects held in refs. */
    public static final String REACTIVE = "Reactive";
    /** {@code ShallowRef}: a shallow ref with a truthy value. */
    public static final String SHALLOW_REF = "ShallowRef";
    /** {@code Ref}: a ref with a truthy value. */
    public static final String REF = "Ref";
    /** {@code EmptyRef}: a ref with a falsy value, written as JSON text. */
    public static final String EMPTY_REF = "EmptyRef";
    /** {@code EmptyShallowRef}: a shallow ref with a falsy value, written as JSON text. */
    public static final String EMPTY_SHALLOW_REF = "EmptyShallowRef";
    /** {@code NuxtError}: an error made by {@code createError}. */
    public static final String NUXT_ERROR = "NuxtError";
    /** {@code Island}: a server-component island. */
    public static final String ISLAND = "Island";
    /** {@code skipHydrate}: a Pinia value not sent to the client (Nuxt's client revives it as undefined). */
    public static final String SKIP_HYDRATE = "skipHydrate";

    private static final Set<String> WRAPPERS = Set.of(SHALLOW_REACTIVE, REACTIVE, SHALLOW_REF, REF, SKIP_HYDRATE);

    private static final TagHandler NUXT_ERROR_HANDLER = TagHandler.of(NUXT_ERROR, v -> {
        if (v instanceof String message) {
            // Nuxt revives the tag with createError(value), which also takes a message alone
            return new NuxtError(Map.of("message", message));
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("a NuxtError carries an object, got " + dev.qakit.io.internal.devalue.Values.describe(v));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) m;
        return new NuxtError(members);
    }, v -> v instanceof NuxtError e ? new java.util.LinkedHashMap<>(e.members()) : null);

    private static final List<TagHandler> ALL = List.of(
            NUXT_ERROR_HANDLER,
            emptyRef(EMPTY_SHALLOW_REF),
            emptyRef(EMPTY_REF),
            TagHandler.keep(SHALLOW_REF),
            TagHandler.keep(SHALLOW_REACTIVE),
            TagHandler.keep(REF),
            TagHandler.keep(REACTIVE),
            TagHandler.keep(ISLAND),
            TagHandler.keep(SKIP_HYDRATE));

    private NuxtTags() {
    }

    /**
     * Every Nuxt tag handler, in Nuxt's registration order, with Pinia's {@code skipHydrate} last.
     *
     * @return an immutable list
     */
    public static List<TagHandler> all() {
        return ALL;
    }

    /**
     * The handler of {@code NuxtError}: an object ↔ {@link NuxtError} (a string, which Nuxt's
     * {@code createError} also takes, is the error's {@code message}).
     *
     * @return the handler
     */
    public static TagHandler nuxtError() {
        return NUXT_ERROR_HANDLER;
    }

    /**
     * Strips Nuxt's wrapper tags from a value: {@code Ref}, {@code ShallowRef}, {@code Reactive}
     * and {@code ShallowReactive} give their inner value, {@code EmptyRef} and
     * {@code EmptyShallowRef} their parsed falsy value, {@code skipHydrate}
     * {@link Undefined#INSTANCE} (as Nuxt's client does), repeatedly ({@code Ref} of
     * {@code Reactive} of an object gives the object). Only the value itself is unwrapped, not
     * its members. Anything else is returned as is.
     *
     * @param value a decoded value
     * @return the unwrapped value
     */
    public static Object unwrap(Object value) {
        Object v = value;
        while (v instanceof Tagged t) {
            String tag = t.tag();
            if (tag.equals(SKIP_HYDRATE)) {
                return Undefined.INSTANCE;
            } else if (WRAPPERS.contains(tag) || tag.equals(EMPTY_REF) || tag.equals(EMPTY_SHALLOW_REF)) {
                v = t.value();
            } else {
                break;
            }
        }
        return v;
    }

    private static TagHandler emptyRef(String name) {
        return TagHandler.of(name, v -> new Tagged(name, parseFalsy(name, v)), v -> v instanceof Tagged t && t.tag().equals(name) ? writeFalsy(t.value()) : null);
    }

    private static Object parseFalsy(String name, Object operand) {
        if (!(operand instanceof String s)) {
            // Nuxt revives the operand with destr, which gives back anything but a string as it is
            return operand;
        }
        if (s.equals("_")) {
            return Undefined.INSTANCE;
        }
        if (s.equals("0n")) {
            return BigInteger.ZERO;
        }
        // Nuxt's client: JSON.parse, falling back to the raw string.
        Object parsed = JsonScalars.parse(s);
        return parsed == null ? s : parsed;
    }

    private static @Nullable String writeFalsy(Object value) {
        if (value == Undefined.INSTANCE) {
            return "_";
        }
        if (value instanceof BigInteger b) {
            return b.signum() == 0 ? "0n" : null;
        }
        if (value == JsonNull.INSTANCE) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : JsNumberText.toString(d);
        }
        if (value instanceof String s) {
            return JsonScalars.quote(s);
        }
        return null;
    }
}
