package dev.qakit.io.devalue;

import java.util.Optional;

/** The kinds of JavaScript {@code Temporal} value devalue writes (5.3.0+), each with its tag. */
public enum TemporalKind {
    /** {@code Temporal.Instant}. */
    INSTANT("Temporal.Instant"),
    /** {@code Temporal.PlainDate}. */
    PLAIN_DATE("Temporal.PlainDate"),
    /** {@code Temporal.PlainTime}. */
    PLAIN_TIME("Temporal.PlainTime"),
    /** {@code Temporal.PlainDateTime}. */
    PLAIN_DATE_TIME("Temporal.PlainDateTime"),
    /** {@code Temporal.PlainYearMonth}. */
    PLAIN_YEAR_MONTH("Temporal.PlainYearMonth"),
    /** {@code Temporal.PlainMonthDay}. */
    PLAIN_MONTH_DAY("Temporal.PlainMonthDay"),
    /** {@code Temporal.ZonedDateTime}. */
    ZONED_DATE_TIME("Temporal.ZonedDateTime"),
    /** {@code Temporal.Duration}. */
    DURATION("Temporal.Duration");

    private final String tag;

    TemporalKind(String tag) {
        this.tag = tag;
    }

    /**
     * The devalue tag.
     *
     * @return the tag, such as {@code Temporal.PlainDate}
     */
    public String tag() {
        return tag;
    }

    /**
     * The kind with a devalue tag.
     *
     * @param tag the tag, case-sensitive
     * @return the kind, or empty if the tag names no Temporal kind
     */
    public static Optional<TemporalKind> ofTag(String tag) {
        for (TemporalKind k : values()) {
            if (k.tag.equals(tag)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
