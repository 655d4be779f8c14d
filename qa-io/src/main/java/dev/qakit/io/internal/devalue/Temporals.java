package dev.qakit.io.internal.devalue;

import dev.qakit.io.devalue.TemporalKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A structural check of {@code Temporal} texts: the shape of each kind and the ranges of its fields. */
final class Temporals {
    private static final String YEAR = "(?<y>[+-]\\d{6}|\\d{4})";
    private static final String DATE = YEAR + "-(?<mo>\\d{2})-(?<d>\\d{2})";
    private static final String TIME = "(?<h>\\d{2})(?::(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?)?";
    private static final String OFFSET = "(?:[Zz]|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2}(?:[.,]\\d{1,9})?)?)?)";
    private static final String ANN = "(?:\\[!?[^\\]\\[]+\\])*";
    private static final String ZONE_ANN = "\\[!?[^\\]\\[=]+\\]" + ANN;

    private static final Pattern INSTANT = Pattern.compile(DATE + "[Tt ]" + TIME + OFFSET + ANN);
    private static final Pattern PLAIN_DATE = Pattern.compile(DATE + "(?:[Tt ]" + TIME + OFFSET + "?)?" + ANN);
    private static final Pattern PLAIN_TIME = Pattern.compile("(?:" + DATE + "[Tt ]|[Tt])?" + TIME + OFFSET + "?" + ANN);
    private static final Pattern PLAIN_DATE_TIME = Pattern.compile(DATE + "(?:[Tt ]" + TIME + ")?" + OFFSET + "?" + ANN);
    private static final Pattern YEAR_MONTH = Pattern.compile(YEAR + "-?(?<mo>\\d{2})" + ANN + "|" + DATE.replace("<y>", "<y2>").replace("<mo>", "<mo2>").replace("<d>", "<d2>") + ANN);
    private static final Pattern MONTH_DAY = Pattern.compile("(?:--)?(?<mo>\\d{2})-?(?<d>\\d{2})" + ANN + "|" + DATE.replace("<y>", "<y2>").replace("<mo>", "<mo2>").replace("<d>", "<d2>") + ANN);
    private static final Pattern ZONED = Pattern.compile(DATE + "[Tt ]" + TIME + OFFSET + "?" + ZONE_ANN);
    private static final Pattern DURATION = Pattern.compile("[+-]?[Pp](?=\\d|[Tt]\\d)(?:\\d+[Yy])?(?:\\d+[Mm])?(?:\\d+[Ww])?(?:\\d+[Dd])?"
            + "(?:[Tt](?=\\d)(?:\\d+(?:[.,]\\d{1,9})?[Hh])?(?:\\d+(?:[.,]\\d{1,9})?[Mm])?(?:\\d+(?:[.,]\\d{1,9})?[Ss])?)?");

    private Temporals() {
    }

    static boolean isValid(TemporalKind kind, String text) {
        Pattern p;
        switch (kind) {
            case INSTANT: p = INSTANT; break;
            case PLAIN_DATE: p = PLAIN_DATE; break;
            case PLAIN_TIME: p = PLAIN_TIME; break;
            case PLAIN_DATE_TIME: p = PLAIN_DATE_TIME; break;
            case PLAIN_YEAR_MONTH: p = YEAR_MONTH; break;
            case PLAIN_MONTH_DAY: p = MONTH_DAY; break;
            case ZONED_DATE_TIME: p = ZONED; break;
            case DURATION: return DURATION.matcher(text).matches();
            default: return false;
        }
        Matcher m = p.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int year = num(m, "y", num(m, "y2", 2000));
        int month = num(m, "mo", num(m, "mo2", 1));
        int day = num(m, "d", num(m, "d2", 1));
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month, kind == TemporalKind.PLAIN_MONTH_DAY && !has(m, "y2"))) {
            return false;
        }
        if (text.startsWith("-000000")) {
            return false;
        }
        return num(m, "h", 0) <= 23 && num(m, "mi", 0) <= 59 && num(m, "s", 0) <= 60;
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int num(Matcher m, String group, int fallback) {
        String g;
        try {
            g = m.group(group);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
        return g == null ? fallback : Integer.parseInt(g.startsWith("+") ? g.substring(1) : g);
    }

    private static int daysIn(int year, int month, boolean anyYear) {
        switch (month) {
            case 2:
                return anyYear || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }
}
