package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The classes prepared off the main thread exist under the names given (a rename would make the preparation a no-op). */
class PreparationTest {
    @Test
    void everyPreparedClassIsOnTheClassPath() throws ClassNotFoundException {
        assertThat(Preparation.CLASSES).isNotEmpty();
        for (String name : Preparation.CLASSES) {
            assertThat(Class.forName(name, false, Preparation.class.getClassLoader()).getName()).isEqualTo(name);
        }
    }
}
