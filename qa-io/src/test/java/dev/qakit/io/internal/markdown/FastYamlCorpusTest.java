package dev.qakit.io.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every frontmatter of the repository's Markdown (the real-world pages of {@code testdata/realworld},
 * {@code examples/}, {@code examples-broken/} and the pages under the modules' test resources) and
 * every YAML file beside them ({@code qa.yaml}, {@code .navigation.yml}, {@code _dir.yml}, data
 * collections), read both ways: what the fast path reads it reads exactly as snakeyaml-engine
 * composes it, and it reads nearly all real pages.
 */
class FastYamlCorpusTest {

    /** The repository's root: the nearest folder above the working directory holding {@code testdata/realworld}. */
    static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("testdata/realworld"))) {
            dir = dir.getParent();
        }
        return Objects.requireNonNull(dir, "testdata/realworld not found above the working directory");
    }

    private static List<Path> files(Path root, String... suffixes) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return Stream.of(suffixes).anyMatch(name::endsWith);
            }).sorted().toList();
        }
    }

    private static List<Path> roots(Path repository) throws IOException {
        List<Path> roots = new ArrayList<>(List.of(repository.resolve("testdata"), repository.resolve("examples"),
                repository.resolve("examples-broken")));
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/test/resources"))).sorted().toList()) {
                roots.add(module.resolve("src/test/resources"));
            }
        }
        return roots;
    }

    @Test
    void realPagesAreReadAsComposingReadsThem() throws IOException {
        Path repository = repository();
        int pages = 0;
        int realWorld = 0;
        int realWorldRead = 0;
        List<String> read = new ArrayList<>();
        List<String> handedBack = new ArrayList<>();
        for (Path root : roots(repository)) {
            for (Path file : files(root, ".md")) {
                SourceText text = SourceText.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                Frontmatter fm = Frontmatter.split(text, new ArrayList<Problem>());
                if (fm == null || fm.yaml() == null) {
                    continue;
                }
                pages++;
                String name = repository.relativize(file).toString();
                boolean real = name.startsWith("testdata");
                realWorld += real ? 1 : 0;
                if (YamlPaths.compare(fm.yaml()) != null) {
                    read.add(name);
                    realWorldRead += real ? 1 : 0;
                } else {
                    handedBack.add(name);
                }
            }
        }
        System.out.printf("frontmatter of the repository's pages: the fast path reads %d of %d (real-world pages: %d of %d, %.1f %%); "
                + "handed back: %s%n", read.size(), pages, realWorldRead, realWorld, 100.0 * realWorldRead / realWorld, handedBack);
        assertThat(realWorld).isEqualTo(611);
        assertThat(pages).isGreaterThan(600);
        assertThat(realWorldRead).isGreaterThanOrEqualTo(realWorld * 98 / 100);
        assertThat(read.size()).isGreaterThanOrEqualTo(pages * 98 / 100);
    }

    @Test
    void yamlFilesAreReadAsComposingReadsThem() throws IOException {
        int files = 0;
        int read = 0;
        for (Path root : roots(repository())) {
            for (Path file : files(root, ".yml", ".yaml")) {
                files++;
                if (YamlPaths.compare(Files.readString(file, StandardCharsets.UTF_8)) != null) {
                    read++;
                }
            }
        }
        System.out.printf("the repository's YAML files: the fast path reads %d of %d%n", read, files);
        assertThat(files).isGreaterThan(100);
    }
}
