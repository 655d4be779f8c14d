package dev.qakit.io.devalue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JavaScript {@code Date}, kept as the text of its {@code toISOString()}
 * ({@code 2024-02-29T12:34:56.789Z}; years outside 0-9999 as {@code +275760-09-13T00:00:00.000Z}),
 * or an invalid date.
 *
 * <p>devalue writes a date as {@code ["Date", iso]} and an invalid one as {@code ["Date", ""]}.
 * Immutable.
 *
 * @param iso the ISO text as JavaScript prints it, or null for an invalid date
 */
public record JsDate(@Nullable String iso) {

    /** An invalid date ({@code new Date(NaN)}). */
    public static final JsDate INVALID = new JsDate(null);

    /**
     * Checks the text is not blank.
     *
     * @param iso the ISO text, or null for an invalid date
     */
    public JsDate {
        if (iso != null && iso.isBlank()) {
            throw new IllegalArgumentException("iso must not be blank; use JsDate.INVALID for an invalid date");
        }
    }

    /**
     * The date of an instant, in JavaScript's {@code toISOString()} form (millisecond precision).
     *
     * @param instant the instant; sub-millisecond digits are dropped
     * @return the date
     */
    public static JsDate of(Instant instant) {
        long millis = instant.toEpochMilli();
        return new JsDate(dev.qakit.io.internal.devalue.JsDates.format(millis));
    }

    /**
     * Whether this is a valid date.
     *
     * @return false for an invalid date
     */
    public boolean isValid() {
        return iso != null;
    }

    /**
     * The instant, for a valid date.
     *
     * @return the instant, or empty for an invalid date
     */
    public Optional<Instant> toInstant() {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
