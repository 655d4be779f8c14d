package dev.qakit.io.devalue;

import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A boxed primitive: {@code new Number(5)}, {@code new String("s")}, {@code new Boolean(false)},
 * {@code Object(5n)}. devalue writes it as {@code ["Object", ref]}. Immutable.
 *
 * @param value the primitive inside: a {@link String}, {@link Double}, {@link Boolean} or {@link BigInteger}
 */
public record JsBoxed(Object value) {
    /**
     * Checks the value is a primitive that can be boxed.
     *
     * @param value the primitive
     */
    public JsBoxed {
        Objects.requireNonNull(value, "value");
        if (!(value instanceof String || value instanceof Double || value instanceof Boolean || value instanceof BigInteger)
                || value == JsonNull.INSTANCE || value == Undefined.INSTANCE) {
            throw new IllegalArgumentException("only a String, Double, Boolean or BigInteger can be boxed, got " + value.getClass().getName());
        }
    }
}
