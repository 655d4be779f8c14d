package dev.qakit.io.devalue;

import java.util.Objects;

/**
 * A JavaScript {@code Temporal} value, kept as its {@code toString()} text (which is what the
 * payload carries): {@code ["Temporal.PlainDate", "2024-02-29"]}. Immutable.
 *
 * @param kind which Temporal type
 * @param value the text
 */
public record JsTemporal(TemporalKind kind, String value) {
    /**
     * Checks the components.
     *
     * @param kind which Temporal type
     * @param value the text
     */
    public JsTemporal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
