package dev.qakit.io.devalue;

import java.util.Objects;

/**
 * A JavaScript {@code URLSearchParams}, as its {@code toString()} ({@code a=1&b=+x}). Immutable.
 *
 * @param value the query text, without a leading {@code ?}; may be empty
 */
public record JsUrlSearchParams(String value) {
    /**
     * Checks the component.
     *
     * @param value the query text
     */
    public JsUrlSearchParams {
        Objects.requireNonNull(value, "value");
    }
}
