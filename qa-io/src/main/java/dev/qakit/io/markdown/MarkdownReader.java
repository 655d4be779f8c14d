package dev.qakit.io.markdown;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.input.Utf8;
import dev.qakit.io.internal.markdown.PageBinder;
import dev.qakit.io.internal.markdown.SourceText;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads Markdown question files (YAML frontmatter + Markdown body) into {@link PageData}, the way
 * Nuxt Content 3 turns them into documents. Immutable and thread-safe; configure with
 * {@link #builder()}.
 *
 * <pre>{@code
 * MarkdownReader reader = MarkdownReader.builder().collection("qa").build();
 * ReadResult<PageData> one = reader.read(Path.of("content/fastapi/fundamentals/async-basics.md"));
 * try (Stream<ReadResult<PageData>> all = reader.readTree(Path.of("content"))) {
 *     all.filter(ReadResult::hasErrors).forEach(r -> r.problems().forEach(p -> log(p.format())));
 * }
 * }</pre>
 *
 * <p>The page value has {@code siblings} empty and {@code blog} {@code null}
 * ({@link dev.qakit.model.JsonNull#INSTANCE}) unless the file carries writer-preserved state
 * (see the package documentation); {@link #readTreeWithSiblings(Path)} and
 * {@link SiblingIndex} fill in siblings over a whole tree. Defective content never throws:
 * problems come back in the {@link ReadResult}.
 */
public final class MarkdownReader {

    /**
     * The keys the collection schema of this site family declares: {@code framework},
     * {@code frameworkSlug}, {@code topic}, {@code topicSlug}, {@code subtopic}, {@code order},
     * {@code difficulty}, {@code updated}, {@code seoDescription}, {@code related},
     * {@code questions}, {@code questionsCount}. Frontmatter keys outside
     * this set and outside the page keys ({@code title}, {@code description},
     * {@code navigation}, {@code seo}) go to {@link Page#meta()}.
     */
    public static final Set<String> DEFAULT_DECLARED_KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(
            PageSchema.declaredKeys()));

    /**
     * The frontmatter key under which {@code qa convert --to markdown} keeps what Markdown cannot
     * otherwise carry (siblings, the hash, members the model does not know).
     */
    public static final String STATE_KEY = dev.qakit.io.internal.markdown.PageBinder.STATE_KEY;

    /** The default bound on values produced through YAML aliases. */
    public static final int DEFAULT_MAX_ALIAS_EXPANSION = 10_000;

    private final String collection;
    private final Set<String> declaredKeys;
    private final int maxAliasExpansion;
    private final boolean includePartials;
    /** {@link #toString()}, made once: a result cache names every file's context with it. */
    private final String settings;

    private MarkdownReader(Builder b) {
        this.collection = b.collection;
        this.declaredKeys = Collections.unmodifiableSet(new LinkedHashSet<>(b.declaredKeys));
        this.maxAliasExpansion = b.maxAliasExpansion;
        this.includePartials = b.includePartials;
        this.settings = "MarkdownReader[collection=" + collection + ", declaredKeys=" + declaredKeys + ", maxAliasExpansion="
                + maxAliasExpansion + ", includePartials=" + includePartials + "]";
    }

    /**
     * A builder with the defaults: collection {@value ContentFile#DEFAULT_COLLECTION},
     * {@link #DEFAULT_DECLARED_KEYS}, {@link #DEFAULT_MAX_ALIAS_EXPANSION}, partials excluded
     * from trees.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A reader with every default.
     *
     * @return the reader
     */
    public static MarkdownReader standard() {
        return builder().build();
    }

    /**
     * A builder holding this reader's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().collection(collection).declaredKeys(declaredKeys).maxAliasExpansion(maxAliasExpansion)
                .includePartials(includePartials);
    }

    /**
     * The reader's settings, one per field: two readers with the same text read every file the
     * same.
     *
     * @return the settings
     */
    @Override
    public String toString() {
        return settings;
    }

    /**
     * The collection name, the first segment of every {@code id}.
     *
     * @return the name
     */
    public String collection() {
        return collection;
    }

    /**
     * The collection schema's declared keys.
     *
     * @return an unmodifiable set, in the order given
     */
    public Set<String> declaredKeys() {
        return declaredKeys;
    }

    /**
     * The bound on values produced through YAML aliases.
     *
     * @return the bound
     */
    public int maxAliasExpansion() {
        return maxAliasExpansion;
    }

    /**
     * Whether {@link #readTree(Path)} includes {@code _}-prefixed files and folders.
     *
     * @return true if partials are read as pages
     */
    public boolean includePartials() {
        return includePartials;
    }

    /**
     * Reads Markdown text.
     *
     * @param text the file's text (a BOM and CRLF line ends are fine)
     * @param relativePath the file's path inside the content root, {@code /}-separated (gives
     *     {@code id}, {@code stem}, {@code path}, {@code extension}, and names the source in
     *     locations)
     * @return the page data, problems and source map
     * @throws IllegalArgumentException if {@code relativePath} is not a relative path
     */
    public ReadResult<PageData> read(String text, String relativePath) {
        Objects.requireNonNull(text, "text");
        ContentFile file = new ContentFile(collection, relativePath);
        return PageBinder.read(SourceText.of(file.relativePath(), text), collection, file.relativePath(), declaredKeys,
                maxAliasExpansion, List.of());
    }

    /**
     * Reads a file's bytes: UTF-8, a byte-order mark allowed; bytes that are not UTF-8 are
     * reported ({@code markdown.encoding}) and replaced.
     *
     * @param bytes the file's bytes
     * @param relativePath the file's path inside the content root, {@code /}-separated
     * @return the page data, problems and source map
     * @throws IllegalArgumentException if {@code relativePath} is not a relative path
     */
    public ReadResult<PageData> read(byte[] bytes, String relativePath) {
        Objects.requireNonNull(bytes, "bytes");
        ContentFile file = new ContentFile(collection, relativePath);
        return decodeAndRead(bytes, file.relativePath());
    }

    /**
     * Reads a file under a content root.
     *
     * @param contentRoot the content root
     * @param file the Markdown file inside it
     * @return the page data, problems and source map
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not inside the content root
     */
    public ReadResult<PageData> read(Path contentRoot, Path file) throws IOException {
        ContentFile names = ContentFile.of(collection, contentRoot, file);
        byte[] bytes = Files.readAllBytes(file);
        return decodeAndRead(bytes, names.relativePath());
    }

    /**
     * Reads a file, finding its content root with
     * {@link ContentFile#findRoot(Path, Path)} from the file's folder (the nearest enclosing
     * {@code content} folder, else the nearest one holding {@code qa.yaml}, else the file's folder).
     *
     * @param file the Markdown file
     * @return the page data, problems and source map
     * @throws IOException if the file cannot be read
     */
    public ReadResult<PageData> read(Path file) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return read(ContentFile.findRoot(folder, folder), file);
    }

    private ReadResult<PageData> decodeAndRead(byte[] bytes, String relativePath) {
        List<Problem> pre = new ArrayList<>();
        Utf8.Decoded decoded = Utf8.decode(bytes);
        String text = decoded.text();
        if (!decoded.wellFormed()) {
            pre.add(Problem.error("markdown.encoding", "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD",
                    SourceLocation.of(relativePath)));
        }
        SourceText source = decoded.ascii() ? SourceText.ofAscii(relativePath, text, bytes) : SourceText.of(relativePath, text);
        return PageBinder.read(source, collection, relativePath, declaredKeys, maxAliasExpansion, pre);
    }

    /**
     * Streams every page under a content root: each {@code .md} file, in path order (folders
     * depth first, names sorted), {@code _}-prefixed files and folders left out unless
     * {@link Builder#includePartials(boolean)}; symbolic links to folders are not followed.
     *
     * <p>Lazy, in constant memory (one folder listing per level): each file is read when the
     * stream reaches it. The stream may be made {@link Stream#parallel() parallel}, which reads
     * and parses files on several threads. A file that cannot be read gives a failed result
     * with the rule {@code markdown.io}. <b>Close the stream</b> (try-with-resources).
     *
     * @param contentRoot the content root
     * @return the results, one per file
     * @throws IOException if the content root cannot be listed
     */
    public Stream<ReadResult<PageData>> readTree(Path contentRoot) throws IOException {
        Path root = contentRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("content root " + contentRoot + " is not a folder");
        }
        TreeIterator files = new TreeIterator(root, includePartials);
        Spliterator<Path> split = Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).map(f -> readQuietly(root, f));
    }

    /**
     * Reads a whole tree and fills in every page's siblings ({@link SiblingIndex}), so that each
     * value equals the page data a generated site holds for it. Holds the whole tree in memory;
     * files are parsed in parallel.
     *
     * @param contentRoot the content root
     * @return the results in path order
     * @throws IOException if the content root cannot be listed
     */
    public List<ReadResult<PageData>> readTreeWithSiblings(Path contentRoot) throws IOException {
        List<ReadResult<PageData>> results;
        try (Stream<ReadResult<PageData>> s = readTree(contentRoot)) {
            results = s.parallel().toList();
        }
        List<Page> pages = new ArrayList<>();
        for (ReadResult<PageData> r : results) {
            r.value().ifPresent(v -> pages.add(v.page()));
        }
        SiblingIndex index = SiblingIndex.of(pages);
        return results.stream().map(r -> r.map(index::attach)).toList();
    }

    private ReadResult<PageData> readQuietly(Path root, Path file) {
        ContentFile names = ContentFile.of(collection, root, file);
        try {
            return decodeAndRead(Files.readAllBytes(file), names.relativePath());
        } catch (IOException | UncheckedIOException e) {
            return ReadResult.failed(List.of(Problem.error("markdown.io", "cannot read the file: " + e.getMessage(),
                    SourceLocation.of(names.relativePath()))), SourceMap.of(names.relativePath()));
        }
    }

    /** Depth-first walk over sorted folder listings. */
    private static final class TreeIterator implements Iterator<Path> {
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private final boolean includePartials;
        private Path next;

        TreeIterator(Path root, boolean includePartials) {
            this.includePartials = includePartials;
            stack.push(list(root).iterator());
        }

        private static List<Path> list(Path dir) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(children::add);
            } catch (IOException e) {
                return List.of();
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return children;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = top.next();
                String name = p.getFileName().toString();
                if (!includePartials && name.startsWith("_")) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    stack.push(list(p).iterator());
                } else if (name.endsWith(".md") && Files.isRegularFile(p)) {
                    next = p;
                }
            }
            return next != null;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path p = next;
            next = null;
            return p;
        }
    }

    /** Builds {@link MarkdownReader}s. Not thread-safe; {@link #build()} copies. */
    public static final class Builder {
        private String collection = ContentFile.DEFAULT_COLLECTION;
        private Set<String> declaredKeys = DEFAULT_DECLARED_KEYS;
        private int maxAliasExpansion = DEFAULT_MAX_ALIAS_EXPANSION;
        private boolean includePartials;

        private Builder() {
        }

        /**
         * Sets the collection name (default {@value ContentFile#DEFAULT_COLLECTION}, Nuxt
         * Content's own default).
         *
         * @param value the name; not blank, no {@code /}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or has a {@code /}
         */
        public Builder collection(String value) {
            Objects.requireNonNull(value, "collection");
            if (value.isBlank() || value.contains("/")) {
                throw new IllegalArgumentException("collection must be a non-blank name without '/', got '" + value + "'");
            }
            this.collection = value;
            return this;
        }

        /**
         * Sets the keys the collection schema declares (default {@link #DEFAULT_DECLARED_KEYS}).
         * Only declared keys become the page's typed components; the others go to
         * {@link Page#meta()}.
         *
         * @param value the keys
         * @return this builder
         */
        public Builder declaredKeys(Set<String> value) {
            this.declaredKeys = new LinkedHashSet<>(Objects.requireNonNull(value, "declaredKeys"));
            return this;
        }

        /**
         * Sets the bound on values produced through YAML aliases (default
         * {@link #DEFAULT_MAX_ALIAS_EXPANSION}); beyond it the frontmatter is refused with
         * {@code frontmatter.alias-limit}.
         *
         * @param value the bound, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder maxAliasExpansion(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAliasExpansion must be at least 1, got " + value);
            }
            this.maxAliasExpansion = value;
            return this;
        }

        /**
         * Sets whether trees include {@code _}-prefixed files and folders (default false).
         *
         * @param value true to read partials as pages
         * @return this builder
         */
        public Builder includePartials(boolean value) {
            this.includePartials = value;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return a new reader
         */
        public MarkdownReader build() {
            return new MarkdownReader(this);
        }
    }
}
