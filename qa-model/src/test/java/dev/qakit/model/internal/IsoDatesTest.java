package dev.qakit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written check of the usual shape against the JDK's strict formatter it shortcuts. */
class IsoDatesTest {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static Optional<LocalDate> jdk(String text) {
        try {
            return Optional.of(LocalDate.parse(text, STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void agrees(String text) {
        assertThat(IsoDates.parse(text)).as(text).isEqualTo(jdk(text));
        assertThat(IsoDates.isDate(text)).as(text).isEqualTo(jdk(text).isPresent());
    }

    @Test
    void everyMonthAndDayOfLeapAndCommonYears() {
        for (String year : new String[] {"0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "2100", "9999"}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    agrees(String.format("%s-%02d-%02d", year, month, day));
                }
            }
        }
    }

    @Test
    void otherShapesGoToTheFormatter() {
        for (String text : new String[] {"", "2026-6-20", "2026-06-2", "20-06-2026", "2026/06/20", "+12026-06-20", "-0001-01-01",
            "12026-06-20", "+2026-06-20", "2026-06-20T10:00:00Z", " 2026-06-20", "2026-06-20 ", "2026-0a-20", "２０２６-06-20",
            "2026-06-٢٠", "+999999999-12-31", "+1000000000-01-01"}) {
            agrees(text);
        }
    }

    @Test
    void randomTextsOfTheUsualShapeAndNearIt() {
        Random random = new Random(20261206);
        String alphabet = "0123456789-+/ a٣";
        for (int n = 0; n < 200_000; n++) {
            char[] c = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)).toCharArray();
            int changes = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            for (int k = 0; k < changes; k++) {
                c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            agrees(new String(c));
        }
    }
}
