package dev.qakit.io.internal.devalue;

import dev.qakit.model.JsonNull;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** {@code JSON.parse} and {@code JSON.stringify} for single scalars (Nuxt's EmptyRef operand). */
public final class JsonScalars {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonScalars() {
    }

    /**
     * Parses JSON text holding one scalar: null, a boolean, a number or a string.
     *
     * @param text the JSON text
     * @return the value ({@link JsonNull#INSTANCE}, {@link Boolean}, {@link Double}, {@link String}),
     *     or null if the text is not one JSON scalar
     */
    public static @Nullable Object parse(String text) {
        switch (text) {
            case "null":
                return JsonNull.INSTANCE;
            case "false":
                return Boolean.FALSE;
            case "true":
                return Boolean.TRUE;
            case "0":
                return 0.0;
            case "\"\"":
                return "";
            default:
                break;
        }
        if (text.length() > 10_000) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken t = p.nextToken();
            Object value;
            if (t == JsonToken.VALUE_STRING) {
                value = p.getString();
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                value = p.getDoubleValue();
            } else if (t == JsonToken.VALUE_TRUE) {
                value = Boolean.TRUE;
            } else if (t == JsonToken.VALUE_FALSE) {
                value = Boolean.FALSE;
            } else if (t == JsonToken.VALUE_NULL) {
                value = JsonNull.INSTANCE;
            } else {
                return null;
            }
            return p.nextToken() == null ? value : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * A string as a JSON string literal, as {@code JSON.stringify} writes it.
     *
     * @param s the string
     * @return the quoted, escaped text
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        JsonText.appendString(s, sb, false);
        return sb.toString();
    }
}
