package dev.qakit.io.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The repository's own test data as tests of every module find it: the repository root from
 * any module folder, and copies of trees that a test may change.
 */
public final class RepoFiles {
    private RepoFiles() {
    }

    /**
     * The repository root: the nearest folder above the working folder that holds
     * {@code testdata/realworld} and {@code examples-broken}.
     *
     * @return the root
     * @throws IllegalStateException if there is none
     */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/realworld")) && Files.isDirectory(p.resolve("examples-broken"))) {
                return p;
            }
        }
        throw new IllegalStateException("the repository root (with testdata/realworld) was not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * A folder of the repository.
     *
     * @param relative its path from the root, such as {@code testdata/realworld}
     * @return the folder
     */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /**
     * Copies a tree (files and folders) into a folder, which is made if needed.
     *
     * @param from the tree
     * @param to the copy's folder
     * @return {@code to}
     */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
