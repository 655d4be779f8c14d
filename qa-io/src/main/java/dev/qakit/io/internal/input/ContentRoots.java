package dev.qakit.io.internal.input;

import dev.qakit.io.input.QaConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Finds the content root of the files of a folder, by the rule
 * {@link dev.qakit.io.markdown.ContentFile#findRoot(Path, Path)} documents: what a search from
 * the folder up to the repository's root found ({@link #of(Path)}), and from it, without looking
 * at the folders above again, what the search from a folder inside finds
 * ({@link #child(Path, boolean, boolean)}), so that a walk over a tree asks the file system little
 * per folder.
 *
 * @param folder the folder searched from (absolute, normalised)
 * @param named the nearest folder named {@code content}, or null
 * @param configured the nearest folder holding {@code qa.yaml} or {@code .qa.yaml}, or null
 */
public record ContentRoots(Path folder, @Nullable Path named, @Nullable Path configured) {
    /** The folder whose presence marks a repository's root, where searches upward stop. */
    public static final String REPOSITORY_MARKER = ".git";

    /**
     * Searches from a folder up to the repository's root (a folder holding {@code .git}).
     *
     * @param folder the folder
     * @return what the search found
     */
    public static ContentRoots of(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Path named = null;
        Path configured = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (named == null && isContentFolder(p)) {
                named = p;
            }
            if (configured == null && holdsConfig(p)) {
                configured = p;
            }
            if (isRepositoryRoot(p)) {
                break;
            }
        }
        return new ContentRoots(dir, named, configured);
    }

    /**
     * What the search from a folder directly inside this one finds.
     *
     * @param child the folder, inside {@link #folder()}
     * @param mayHoldConfig whether the child's listing names {@code qa.yaml} or {@code .qa.yaml}
     *     (false skips looking)
     * @param mayBeRepository whether it names {@code .git} (false skips looking)
     * @return what the search from the child finds
     */
    public ContentRoots child(Path child, boolean mayHoldConfig, boolean mayBeRepository) {
        boolean content = isContentFolder(child);
        boolean config = mayHoldConfig && holdsConfig(child);
        if (mayBeRepository && isRepositoryRoot(child)) {
            return new ContentRoots(child, content ? child : null, config ? child : null);
        }
        return new ContentRoots(child, content ? child : named, config ? child : configured);
    }

    /**
     * The content root: the nearest folder named {@code content} unless a nearer one holds
     * {@code qa.yaml}, else that one, else {@code fallback} when the folder is inside it, else
     * the folder.
     *
     * @param fallback the root when nothing marks one
     * @return the content root (absolute, normalised)
     */
    public Path root(Path fallback) {
        if (named != null && (configured == null || named.startsWith(configured))) {
            return named;
        }
        if (configured != null) {
            return configured;
        }
        Path fb = fallback.toAbsolutePath().normalize();
        return folder.startsWith(fb) ? fb : folder;
    }

    private static boolean isContentFolder(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().equals("content") && Files.isDirectory(p);
    }

    private static boolean holdsConfig(Path p) {
        return QaConfig.find(p).isPresent();
    }

    /**
     * Whether a folder is a repository's root: searches upward from the files in it stop there.
     *
     * @param folder the folder
     * @return true if it holds {@value #REPOSITORY_MARKER}
     */
    public static boolean isRepositoryRoot(Path folder) {
        return Files.isDirectory(folder.resolve(REPOSITORY_MARKER));
    }
}
