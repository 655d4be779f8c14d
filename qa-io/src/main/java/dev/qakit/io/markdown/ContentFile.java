package dev.qakit.io.markdown;

import dev.qakit.model.ContentPaths;
import dev.qakit.io.internal.input.ContentRoots;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A source file's names as Nuxt Content 3 derives them from its place under the content root.
 *
 * <p>For the file {@code spring-boot/data/1.jpa-transactions.md} of collection {@code qa}:
 * {@code id} {@code qa/spring-boot/data/1.jpa-transactions.md}, {@code stem}
 * {@code spring-boot/data/1.jpa-transactions} (ordering prefixes and {@code index} kept),
 * {@code path} {@code /spring-boot/data/jpa-transactions} ({@link ContentPaths#routeOf(String)}),
 * {@code extension} {@code md}; {@code go/concurrency/index.md} has the path
 * {@code /go/concurrency}.
 *
 * @param collection the collection name, the first segment of {@code id}
 * @param relativePath the file's path inside the content root, {@code /}-separated, extension kept
 */
public record ContentFile(String collection, String relativePath) {

    /** Nuxt Content's default collection name, used when none is configured. */
    public static final String DEFAULT_COLLECTION = "content";

    /**
     * Checks the components.
     *
     * @param collection the collection name; not blank, no {@code /}
     * @param relativePath the relative path; not blank, no leading {@code /}, no {@code \}
     * @throws IllegalArgumentException if a component is malformed
     */
    public ContentFile {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(relativePath, "relativePath");
        if (collection.isBlank() || collection.contains("/")) {
            throw new IllegalArgumentException("collection must be a non-blank name without '/', got '" + collection + "'");
        }
        if (relativePath.isBlank() || relativePath.startsWith("/") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("relativePath must be a '/'-separated path inside the content root, got '" + relativePath + "'");
        }
    }

    /**
     * The names of {@code file} under {@code contentRoot}.
     *
     * @param collection the collection name
     * @param contentRoot the content root
     * @param file a file inside it
     * @return the names
     * @throws IllegalArgumentException if {@code file} is not inside {@code contentRoot}
     */
    public static ContentFile of(String collection, Path contentRoot, Path file) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(root) || f.equals(root)) {
            throw new IllegalArgumentException("file " + file + " is not inside the content root " + contentRoot);
        }
        Path rel = root.relativize(f);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return new ContentFile(collection, sb.toString());
    }

    /**
     * The content root of the files of a folder, found from the folder itself — never from the
     * process's current folder: the nearest enclosing folder named {@code content}, else the
     * nearest one holding {@code qa.yaml} (or {@code .qa.yaml}), else {@code fallback} when the
     * folder is inside it, else the folder. The search stops at a repository root (a folder
     * with {@code .git}). A {@code content} folder inside the one holding {@code qa.yaml} wins
     * ({@code qa.yaml} beside {@code content/} configures the project); a {@code qa.yaml} below
     * the nearest {@code content} folder makes its own folder the root.
     *
     * @param folder the folder of the files
     * @param fallback the root when nothing marks one (the folder an input named)
     * @return the content root (absolute, normalised)
     */
    public static Path findRoot(Path folder, Path fallback) {
        return ContentRoots.of(folder).root(fallback);
    }

    /**
     * Nuxt Content's document id: {@code <collection>/<relative path>}.
     *
     * @return the id
     */
    public String id() {
        return collection + "/" + relativePath;
    }

    /**
     * The relative path without its extension; ordering prefixes and {@code index} kept.
     *
     * @return the stem
     */
    public String stem() {
        return ContentPaths.stemOf(relativePath);
    }

    /**
     * The route: the stem with Nuxt Content's path rules applied.
     *
     * @return the path, starting with {@code /}
     */
    public String path() {
        return ContentPaths.routeOf(stem());
    }

    /**
     * The file extension without the dot, as written ({@code md}); {@code ""} when none.
     *
     * @return the extension
     */
    public String extension() {
        return ContentPaths.extensionOf(relativePath);
    }

    /**
     * Whether a path segment starts with {@code _}: a partial in Nuxt Content 2's terms.
     *
     * @return true for partials
     */
    public boolean isPartial() {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
