package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The committed regression inputs of a fuzz test: the files in
 * {@code <package>/<TestClass>Inputs/jazzer/} under the test resources, where Jazzer also looks
 * for (and saves) the inputs of the test's {@code jazzer} method.
 */
public final class Regressions {
    private Regressions() {
    }

    /**
     * The names of a test's regression inputs, sorted; fails when there is none.
     *
     * @param test the fuzz test class
     * @return the file names
     */
    public static Stream<String> names(Class<?> test) {
        try (Stream<Path> files = Files.list(dir(test))) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).as("regression inputs of " + test.getSimpleName()).isNotEmpty();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One regression input.
     *
     * @param test the fuzz test class
     * @param name the file name
     * @return its bytes
     * @throws IOException if it cannot be read
     */
    public static byte[] bytes(Class<?> test, String name) throws IOException {
        return Files.readAllBytes(dir(test).resolve(name));
    }

    private static Path dir(Class<?> test) {
        return Seeds.dir(test.getPackageName().replace('.', '/') + "/" + test.getSimpleName() + "Inputs/jazzer");
    }
}
