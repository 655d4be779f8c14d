package dev.qakit.io.internal.devalue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
     * The {@code toISOString()} of {@code new Date(text)} for texts in ECMAScript's date time
     * string format ({@code YYYY}, {@code ±YYYYYY}, optional {@code -MM}, {@code -DD}, then
     * optionally {@code THH:mm}, {@code :ss}, {@code .sss} and {@code Z} or {@code ±HH:mm}), read
     * as V8 reads them: years 0-9999 written with six digits come out with four, a day up to 31
     * runs over into the next month, {@code 24:00} is the next midnight, a date without a time is
     * UTC. Null for an invalid date: any other text (including a date-time without a zone, which
     * JavaScript reads in the runtime's local time zone), {@code ""}, {@code -000000}, out of
     * range.
     *
     * @param text the operand of a {@code Date} tag
     * @return the ISO text, or null for an invalid date
     */
    public static @Nullable String normalize(String text) {
        Long millis = parse(text);
        return millis == null ? null : format(millis);
    }

    private static @Nullable Long parse(String s) {
        int n = s.length();
        int i;
        int year;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            year = digits(s, 1, 6);
            if (year < 0 || (s.charAt(0) == '-' && year == 0)) {
                return null;
            }
            year = s.charAt(0) == '-' ? -year : year;
            i = 7;
        } else {
            year = digits(s, 0, 4);
            if (year < 0) {
                return null;
            }
            i = 4;
        }
        int month = 1;
        int day = 1;
        if (i < n && s.charAt(i) == '-') {
            month = digits(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '-') {
                day = digits(s, i + 1, 2);
                i += 3;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        long timeMillis = 0;
        long offsetMinutes = 0;
        if (i < n) {
            if ((s.charAt(i) != 'T' && s.charAt(i) != 't') || i + 6 > n || s.charAt(i + 3) != ':') {
                return null;
            }
            int hour = digits(s, i + 1, 2);
            int minute = digits(s, i + 4, 2);
            int second = 0;
            int milli = 0;
            i += 6;
            if (i < n && s.charAt(i) == ':') {
                second = digits(s, i + 1, 2);
                i += 3;
                if (i < n && s.charAt(i) == '.') {
                    int from = ++i;
                    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                        i++;
                    }
                    if (i == from) {
                        return null;
                    }
                    // milliseconds: the first three digits, the rest dropped
                    String ms = (s.substring(from, Math.min(i, from + 3)) + "00").substring(0, 3);
                    milli = Integer.parseInt(ms);
                }
            }
            if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 59
                    || (hour == 24 && (minute > 0 || second > 0 || milli > 0))) {
                return null;
            }
            if (i == n) {
                return null; // local time: depends on the runtime's time zone
            }
            if (s.charAt(i) == 'Z' || s.charAt(i) == 'z') {
                i++;
            } else if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                int oh = digits(s, i + 1, 2);
                if (oh < 0 || i + 6 > n || s.charAt(i + 3) != ':') {
                    return null;
                }
                int om = digits(s, i + 4, 2);
                if (oh > 23 || om < 0 || om > 59) {
                    return null;
                }
                offsetMinutes = (s.charAt(i) == '-' ? -1 : 1) * (oh * 60L + om);
                i += 6;
            } else {
                return null;
            }
            if (i != n) {
                return null;
            }
            timeMillis = ((hour * 60L + minute) * 60 + second) * 1000 + milli;
        }
        long days = LocalDate.of(year, month, 1).toEpochDay() + day - 1;
        long millis = days * 86_400_000L + timeMillis - offsetMinutes * 60_000L;
        return Math.abs(millis) <= MAX_MILLIS ? millis : null;
    }

    /** The value of {@code count} decimal digits at {@code from}, or -1 if they are not all there. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
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
