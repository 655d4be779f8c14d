package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The smoke run's seed follows the project version, and stays put for one version. */
class FuzzSeedTest {
    @Test
    void oneVersionOneSeed() {
        assertThat(Fuzz.seedOf("0.1.0-SNAPSHOT")).isEqualTo(Fuzz.seedOf("0.1.0-SNAPSHOT"));
    }

    @Test
    void versionsDiffer() {
        assertThat(Fuzz.seedOf("0.1.0")).isNotEqualTo(Fuzz.seedOf("0.1.1")).isNotEqualTo(Fuzz.seedOf("0.2.0"));
        assertThat(Fuzz.seedOf("0.1.0")).isBetween(0L, 999_999_999L);
    }

    @Test
    void theBuildPassesTheVersionOrASeed() {
        String given = System.getProperty("qakit.fuzz.seed", "").strip();
        String version = System.getProperty("qakit.fuzz.version");
        if (given.isEmpty()) {
            assertThat(version).as("qakit.fuzz.version, set by the build").isNotBlank();
            assertThat(Fuzz.seed()).isEqualTo(Fuzz.seedOf(version));
        } else {
            assertThat(Fuzz.seed()).isEqualTo(Long.parseLong(given));
        }
    }
}
