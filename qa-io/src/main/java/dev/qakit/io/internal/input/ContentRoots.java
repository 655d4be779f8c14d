package dev.qakit.io.internal.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the content root of the files of a folder (the rule is documented on
 * {@link dev.qakit.io.markdown.ContentFile#findRoot(Path, Path)}). A finder made with
 * {@link #remembering()} asks the file system about each folder once, so that a walk over a tree
 * does not look at the same folders again for every folder in it.
 */
public final class ContentRoots {
    private static final int CONTENT = 1;
    private static final int CONFIGURED = 2;
    private static final int REPOSITORY = 4;

    private final @org.jspecify.annotations.Nullable Map<Path, Integer> facts;

    private ContentRoots(@org.jspecify.annotations.Nullable Map<Path, Integer> facts) {
        this.facts = facts;
    }

    /**
     * A finder that asks the file system every time.
     *
     * @return the finder
     */
    public static ContentRoots direct() {
        return new ContentRoots(null);
    }

    /**
     * A finder that remembers what it learnt about each folder; for one walk, not thread-safe.
     *
     * @return the finder
     */
    public static ContentRoots remembering() {
        return new ContentRoots(new HashMap<>());
    }

    /**
     * The content root of the files of a folder.
     *
     * @param folder the folder of the files
     * @param fallback the root when nothing marks one
     * @return the content root (absolute, normalised)
     */
    public Path find(Path folder, Path fallback) {
        Path dir = folder.toAbsolutePath().normalize();
        Path named = null;
        Path configured = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            int f = facts(p);
            if (named == null && (f & CONTENT) != 0) {
                named = p;
            }
            if (configured == null && (f & CONFIGURED) != 0) {
                configured = p;
            }
            if ((f & REPOSITORY) != 0) {
                break;
            }
        }
        if (named != null && (configured == null || named.startsWith(configured))) {
            return named;
        }
        if (configured != null) {
            return configured;
        }
        Path fb = fallback.toAbsolutePath().normalize();
        return dir.startsWith(fb) ? fb : dir;
    }

    private int facts(Path folder) {
        if (facts == null) {
            return ask(folder);
        }
        Integer f = facts.get(folder);
        if (f == null) {
            f = ask(folder);
            facts.put(folder, f);
        }
        return f;
    }

    /** Whether a folder is one named {@code content}, holds {@code qa.yaml} and is a repository's root. */
    private static int ask(Path p) {
        Path n = p.getFileName();
        int f = 0;
        if (n != null && n.toString().equals("content") && Files.isDirectory(p)) {
            f |= CONTENT;
        }
        if (Files.isRegularFile(p.resolve("qa.yaml")) || Files.isRegularFile(p.resolve(".qa.yaml"))) {
            f |= CONFIGURED;
        }
        if (Files.isDirectory(p.resolve(".git"))) {
            f |= REPOSITORY;
        }
        return f;
    }
}
