package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-20", "2024-02-29", "1999-12-31", "2026-01-01"})
    void acceptsRealDates(String date) {
        assertThat(Violations.of(Fixtures.page().toBuilder().updated(date).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-6-20", "20-06-2026", "2026/06/20",
        "2026-06-20T10:00:00Z", "yesterday", ""})
    void rejectsAnythingElse(String date) {
        assertThat(Violations.of(Fixtures.page().toBuilder().updated(date).build()))
                .containsExactly("updated: 'updated' must be a real date written yyyy-MM-dd, such as '2026-06-20'");
    }

    @Test
    void absentIsValid() {
        assertThat(Violations.of(Fixtures.page().toBuilder().updated(null).build())).isEmpty();
    }

    @Test
    void updatedDateParsesOnlyValidDates() {
        assertThat(Fixtures.page().updatedDate()).contains(LocalDate.of(2026, 6, 20));
        assertThat(Fixtures.page().toBuilder().updated("2026-02-30").build().updatedDate()).isEmpty();
    }
}
