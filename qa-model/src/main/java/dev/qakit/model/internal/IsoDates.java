package dev.qakit.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The dates the model accepts: {@code uuuu-MM-dd} of the proleptic ISO calendar, read strictly. A
 * text of the usual shape (four digits, two, two) is made a date by {@link LocalDate#of}, which
 * refuses a day its month does not have; any other text (a signed or longer year, for one) is
 * given to {@link DateTimeFormatter}, whose answer is the definition. {@code IsoDatesTest} holds
 * the two to each other. Not API.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * A text as a date.
     *
     * @param value the text
     * @return the date, or empty if the text is not a date that exists
     */
    public static Optional<LocalDate> parse(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return Optional.of(LocalDate.of(year, month, day));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Formatter.parse(value);
    }

    /**
     * Whether a text is a date that exists, written {@code uuuu-MM-dd}.
     *
     * @param value the text
     * @return whether it is one
     */
    public static boolean isDate(String value) {
        return parse(value).isPresent();
    }

    /** The ASCII digits of value[from, to) as a number, or -1 if any is not one. */
    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The JDK's strict reading, loaded only when a text needs it. */
    private static final class Formatter {
        private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        static Optional<LocalDate> parse(String value) {
            try {
                return Optional.of(LocalDate.parse(value, STRICT));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
