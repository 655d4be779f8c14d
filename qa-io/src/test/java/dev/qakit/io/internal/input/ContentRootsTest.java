package dev.qakit.io.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content root search carried down a walk ({@link ContentRoots#child}) finds what the search
 * from each folder up to the repository's root ({@link ContentRoots#of}) finds, in trees with
 * {@code content} folders, {@code qa.yaml} files and repository roots at any depth.
 */
class ContentRootsTest {
    private static final List<String> NAMES = List.of("content", "docs", "a", "content", "b");

    @RepeatedTest(20)
    void theSearchCarriedDownAWalkFindsWhatTheSearchFromEachFolderFinds(RepetitionInfo run, @TempDir Path dir) throws IOException {
        Random random = new Random(run.getCurrentRepetition());
        Path top = dir.resolve("top");
        Files.createDirectories(top);
        grow(top, random, 4);
        check(top, ContentRoots.of(top), dir.resolve("top"));
    }

    private static void grow(Path folder, Random random, int depth) throws IOException {
        if (random.nextInt(5) == 0) {
            Files.writeString(folder.resolve(random.nextBoolean() ? "qa.yaml" : ".qa.yaml"), "");
        }
        if (random.nextInt(8) == 0) {
            Files.createDirectories(folder.resolve(".git"));
        }
        if (random.nextInt(10) == 0) {
            Files.writeString(folder.resolve("qa.yaml.bak"), ""); // a name like the configuration's, not it
        }
        if (depth == 0) {
            return;
        }
        int children = 1 + random.nextInt(3);
        for (int i = 0; i < children; i++) {
            Path child = folder.resolve(NAMES.get(random.nextInt(NAMES.size())) + (random.nextInt(3) == 0 ? "" : "-" + i));
            if (random.nextInt(4) == 0) {
                child = folder.resolve("content");
            }
            Files.createDirectories(child);
            grow(child, random, depth - 1);
        }
    }

    private static void check(Path folder, ContentRoots carried, Path fallback) throws IOException {
        ContentRoots searched = ContentRoots.of(folder);
        assertThat(carried).as(folder.toString()).isEqualTo(searched);
        assertThat(carried.root(fallback)).isEqualTo(searched.root(fallback));
        List<Path> children;
        try (Stream<Path> s = Files.list(folder)) {
            children = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals(".git")).sorted().toList();
        }
        for (Path child : children) {
            List<String> names;
            try (Stream<Path> s = Files.list(child)) {
                names = s.map(p -> p.getFileName().toString()).toList();
            }
            check(child, carried.child(child, names.contains("qa.yaml") || names.contains(".qa.yaml"), names.contains(".git")), fallback);
        }
    }
}
