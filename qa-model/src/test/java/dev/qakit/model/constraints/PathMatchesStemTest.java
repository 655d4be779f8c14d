package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathMatchesStemTest {

    @ParameterizedTest
    @CsvSource({
        "fastapi/fundamentals/async-basics, /fastapi/fundamentals/async-basics",
        "1.fastapi/2.fundamentals/3.async-basics, /fastapi/fundamentals/async-basics",
        "fastapi/index, /fastapi",
        "index, /",
        "1.index, /",
        "fastapi/Async Basics, /fastapi/async-basics",
    })
    void pathDerivedFromStemIsValid(String stem, String path) {
        assertThat(Violations.of(Fixtures.page().toBuilder().stem(stem).path(path).build())).isEmpty();
    }

    @Test
    void aPathThatDisagreesIsReportedOnPath() {
        assertThat(Violations.of(Fixtures.page().toBuilder().stem("1.fastapi/2.fundamentals/async").build()))
                .containsExactly("path: 'path' is '/fastapi/fundamentals/async-basics' but stem "
                        + "'1.fastapi/2.fundamentals/async' gives '/fastapi/fundamentals/async'");
    }

    @Test
    void keptPrefixIsAMismatch() {
        assertThat(Violations.of(Fixtures.page().toBuilder().stem("fastapi/index").path("/fastapi/index").build()))
                .containsExactly("path: 'path' is '/fastapi/index' but stem 'fastapi/index' gives '/fastapi'");
    }

    @Test
    void missingStemOrPathIsNotChecked() {
        assertThat(Violations.of(Fixtures.page().toBuilder().stem(null).build())).isEmpty();
        assertThat(Violations.of(Fixtures.page().toBuilder().path(null).build())).isEmpty();
    }
}
