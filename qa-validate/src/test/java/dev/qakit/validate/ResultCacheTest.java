package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import dev.qakit.io.input.InputReader;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.internal.CacheStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The result cache gives the answer a run without it gives: on the examples and on the real Nuxt
 * Content sites, warm and cold, after an edit that changes a rule comparing pages, after a
 * change of severities, and from a damaged cache file.
 */
class ResultCacheTest {
    private static final Path REPO = RepoFiles.root();

    static Stream<Path> trees() throws IOException {
        Stream<Path> real;
        try (Stream<Path> s = Files.list(REPO.resolve("testdata/realworld"))) {
            real = s.filter(Files::isDirectory).sorted().toList().stream();
        }
        return Stream.concat(Stream.of(REPO.resolve("examples"), REPO.resolve("examples-broken")), real);
    }

    private static ContentValidator validator(ResultCache cache) {
        ContentValidator.Builder b = ContentValidator.builder().inputReader(InputReader.builder().displayBase(REPO).build());
        return cache == null ? b.build() : b.cache(cache).build();
    }

    /** Validates a tree with a cache in the folder and saves it, as a first run does. */
    private static void fill(Path cacheDir, Path tree) throws IOException {
        ResultCache cache = ResultCache.open(cacheDir);
        validator(cache).validate(List.of(tree));
        cache.save();
    }

    private static List<String> report(ValidationResult r) {
        return Stream.concat(r.problems().stream().map(p -> p.format() + " " + p.related()), Stream.of(r.files().size() + " files"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("trees")
    void coldAndWarmRunsGiveTheAnswerOfARunWithoutCache(Path tree, @TempDir Path cacheDir) throws IOException {
        List<String> expected = report(validator(null).validate(List.of(tree)));

        ResultCache cold = ResultCache.open(cacheDir);
        assertThat(report(validator(cold).validate(List.of(tree)))).isEqualTo(expected);
        assertThat(cold.hits()).isZero();
        int markdown = cold.size();
        assertThat(markdown).isPositive().isEqualTo(cold.misses());
        cold.save();

        ResultCache warm = ResultCache.open(cacheDir);
        assertThat(warm.discarded()).isEmpty();
        assertThat(report(validator(warm).validate(List.of(tree)))).isEqualTo(expected);
        assertThat(warm.hits()).isEqualTo(markdown);
        assertThat(warm.misses()).isZero();
    }

    @Test
    void anEditReChecksThatFileAndTheRulesItTakesPartIn(@TempDir Path dir, @TempDir Path cacheDir) throws IOException {
        Path tree = RepoFiles.copyTree(REPO.resolve("examples/content"), dir.resolve("content"));
        fill(cacheDir, tree);

        // a question id of one page used again in another page of the topic: a rule over two pages, one of them cached
        Path lifecycle = tree.resolve("fastapi/fundamentals/request-lifecycle.md");
        String firstId = firstQuestionId(tree.resolve("fastapi/fundamentals/async-basics.md"));
        String text = Files.readString(lifecycle);
        Files.writeString(lifecycle, text.replaceFirst("(?m)^  - id: [^\\n]+", "  - id: " + firstId));

        ResultCache warm = ResultCache.open(cacheDir);
        ValidationResult cached = validator(warm).validate(List.of(tree));
        assertThat(warm.misses()).isEqualTo(1);
        assertThat(warm.hits()).isEqualTo(warm.size() - 1);
        assertThat(report(cached)).isEqualTo(report(validator(null).validate(List.of(tree))));
        assertThat(cached.problems()).extracting(Problem::ruleId).contains("topic.question-id-repeated");
    }

    @Test
    void theSiteRulesOfAnUnchangedTreeFollowTheRoutesOfItsApp(@TempDir Path dir, @TempDir Path cacheDir) throws IOException {
        Path tree = RepoFiles.copyTree(REPO.resolve("examples/content"), dir.resolve("content"));
        Files.writeString(dir.resolve("nuxt.config.ts"), "export default defineNuxtConfig({})\n");
        Path page = tree.resolve("fastapi/fundamentals/type-hints.md");
        Files.writeString(page, Files.readString(page) + "\nSee [the team](/about).\n");
        fill(cacheDir, tree);
        ResultCache again = ResultCache.open(cacheDir);
        ValidationResult unchanged = validator(again).validate(List.of(tree));
        assertThat(again.misses()).isZero();
        assertThat(unchanged.problems()).extracting(Problem::ruleId).contains("link.page-not-found");
        assertThat(report(unchanged)).isEqualTo(report(validator(null).validate(List.of(tree))));

        // no page changes, but the app now serves the route: the site rules' findings kept for these pages no longer hold
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/about.vue"), "<template><main>About</main></template>\n");
        ResultCache warm = ResultCache.open(cacheDir);
        ValidationResult cached = validator(warm).validate(List.of(tree));
        assertThat(warm.misses()).isZero();
        assertThat(cached.problems()).extracting(Problem::ruleId).doesNotContain("link.page-not-found");
        assertThat(report(cached)).isEqualTo(report(validator(null).validate(List.of(tree))));
    }

    @Test
    void anEditInTheSameClockTickIsSeen(@TempDir Path dir, @TempDir Path cacheDir) throws IOException {
        Path tree = RepoFiles.copyTree(REPO.resolve("examples/content"), dir.resolve("content"));
        Path page = tree.resolve("fastapi/fundamentals/type-hints.md");
        fill(cacheDir, tree);

        // same size, same modification time, other bytes: only the hash can tell
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(page);
        String text = Files.readString(page);
        Files.writeString(page, text.replace("difficulty: easy", "difficulty: EASY"));
        Files.setLastModifiedTime(page, time);
        assertThat(Files.readString(page)).isNotEqualTo(text);

        ResultCache warm = ResultCache.open(cacheDir);
        ValidationResult cached = validator(warm).validate(List.of(tree));
        assertThat(warm.misses()).isEqualTo(1);
        assertThat(report(cached)).isEqualTo(report(validator(null).validate(List.of(tree))));
        assertThat(cached.problems()).extracting(Problem::ruleId).contains("question.difficulty");
    }

    @Test
    void severitiesOfTheConfigurationApplyToCachedFindings(@TempDir Path dir, @TempDir Path cacheDir) throws IOException {
        Path tree = RepoFiles.copyTree(REPO.resolve("examples-broken"), dir.resolve("site"));
        fill(cacheDir, tree);

        Files.writeString(tree.resolve("qa.yaml"), "rules:\n  question.id-unique: warning\n  lint.duplicate-question-text: off\n");
        ResultCache warm = ResultCache.open(cacheDir);
        ValidationResult cached = validator(warm).validate(List.of(tree));
        assertThat(warm.misses()).isZero();
        assertThat(report(cached)).isEqualTo(report(validator(null).validate(List.of(tree))));
        assertThat(cached.problems()).filteredOn(p -> p.ruleId().equals("question.id-unique")).isNotEmpty()
                .allMatch(p -> !p.isError());
        assertThat(cached.problems()).extracting(Problem::ruleId).doesNotContain("lint.duplicate-question-text");
    }

    @Test
    void aDamagedCacheFileIsRebuilt(@TempDir Path cacheDir) throws IOException {
        Path tree = REPO.resolve("examples-broken");
        ResultCache cache = ResultCache.open(cacheDir);
        List<String> expected = report(validator(cache).validate(List.of(tree)));
        cache.save();
        assertThat(Files.readString(cacheDir.resolve(".gitignore"))).contains("*");
        assertThat(Files.readString(cacheDir.resolve("CACHEDIR.TAG"))).startsWith("Signature: 8a477f597d28d172789f06886806bc55");

        Path results;
        try (Stream<Path> s = Files.list(cacheDir)) {
            results = s.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(results);
        for (int cut : new int[] {bytes.length / 2, bytes.length - 1, 30}) {
            Files.write(results, java.util.Arrays.copyOf(bytes, cut));
            ResultCache damaged = ResultCache.open(cacheDir);
            assertThat(damaged.discarded()).get().asString().contains("could not be read");
            assertThat(report(validator(damaged).validate(List.of(tree)))).isEqualTo(expected);
            assertThat(damaged.hits()).isZero();
        }
        // one bit changed anywhere past the header: the checksum sees it before any entry is used
        for (int at : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x10;
            Files.write(results, flipped);
            ResultCache damaged = ResultCache.open(cacheDir);
            assertThat(damaged.discarded()).get().asString().contains("could not be read");
            assertThat(report(validator(damaged).validate(List.of(tree)))).isEqualTo(expected);
            assertThat(damaged.hits()).isZero();
        }
    }

    @Test
    void aCacheFileIsNotALocation(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cache"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultCache.open(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void entriesWrittenByOtherCodeAreNotUsed(@TempDir Path dir) throws IOException {
        CacheStore store = new CacheStore("qakit 1.0\n");
        byte[] hash = CacheStore.hash(new byte[] {1});
        store.put("context", hash, CacheStore.identity("context", hash), dir, 1, 0, 10_000,
                new dev.qakit.validate.internal.FileOutcome("a.md", List.of(), List.of()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.write(bytes);
        assertThat(CacheStore.read(new ByteArrayInputStream(bytes.toByteArray()), "qakit 1.0\n").size()).isEqualTo(1);
        assertThat(CacheStore.read(new ByteArrayInputStream(bytes.toByteArray()), "qakit 1.1\n").size()).isZero();
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).startsWith("qakit-result-cache\n");
    }

    private static String firstQuestionId(Path page) throws IOException {
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("  - id: ")) {
                return line.substring("  - id: ".length()).trim();
            }
        }
        throw new IllegalStateException("no question id in " + page);
    }
}
