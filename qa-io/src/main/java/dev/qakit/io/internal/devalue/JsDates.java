package dev.qakit.io.internal.devalue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** JavaScript {@code Date} text: {@code toISOString()} output and what {@code new Date(text)} accepts. */
public final class JsDates {
    /** The largest distance from the epoch a JavaScript date may have, in milliseconds. */
    private static final long MAX_MILLIS = 8_640_000_000_000_000L;

    private JsDates() {
    }

    /**
     * {@code new Date(millis).toISOString()}.
     *
     * @param millis milliseconds since the epoch, within ±8.64e15
     * @return the ISO text
     */
    public static String format(long millis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(27);
        int year = t.getYear();
        if (year >= 0 && year <= 9999) {
            pad(sb, year, 4);
        } else {
            sb.append(year < 0 ? '-' : '+');
            pad(sb, Math.abs(year), 6);
        }
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append('T');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        sb.append('.');
        pad(sb, t.getNano() / 1_000_000, 3);
        return sb.append('Z').toString();
    }

    /**
     * The {@code toISOString()} of {@code new Date(text)}: the text itself when it already is
     * such output, the normalised form of other ISO date(-time) texts, or null for an invalid
     * date (garbage, {@code ""}, out of range).
     *
     * @param text the operand of a {@code Date} tag
     * @return the ISO text, or null for an invalid date
     */
    public static @Nullable String normalize(String text) {
        Long exact = parseExact(text);
        if (exact != null) {
            return text;
        }
        Long millis = null;
        try {
            millis = OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            try {
                millis = LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e2) {
                return null;
            }
        }
        return Math.abs(millis) <= MAX_MILLIS ? format(millis) : null;
    }

    private static @Nullable Long parseExact(String s) {
        int n = s.length();
        int yearLen;
        int sign = 1;
        int i = 0;
        if (n == 24) {
            yearLen = 4;
        } else if (n == 27 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            yearLen = 6;
            sign = s.charAt(0) == '-' ? -1 : 1;
            i = 1;
        } else {
            return null;
        }
        int year = digits(s, i, yearLen);
        i += yearLen;
        if (year < 0 || (yearLen == 6 && sign < 0 && year == 0)) {
            return null;
        }
        if (s.charAt(i) != '-' || s.charAt(i + 3) != '-' || s.charAt(i + 6) != 'T' || s.charAt(i + 9) != ':'
                || s.charAt(i + 12) != ':' || s.charAt(i + 15) != '.' || s.charAt(i + 19) != 'Z') {
            return null;
        }
        int month = digits(s, i + 1, 2);
        int day = digits(s, i + 4, 2);
        int hour = digits(s, i + 7, 2);
        int minute = digits(s, i + 10, 2);
        int second = digits(s, i + 13, 2);
        int milli = digits(s, i + 16, 3);
        if (month < 1 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) {
            return null;
        }
        try {
            long epochSecond = LocalDateTime.of(sign * year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
            long millis = epochSecond * 1000 + milli;
            return Math.abs(millis) <= MAX_MILLIS ? millis : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
