package dev.qakit.validate;

import dev.qakit.validate.internal.CacheStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What checking each Markdown file found, kept between runs so that an unchanged file is not
 * read again: give one to {@link ContentValidator.Builder#cache(ResultCache)}.
 *
 * <p>An entry is keyed by the file's context (its name, its site, its path in the collection,
 * the reader's settings) and used only while the hash of the file's bytes (XXH3, 128 bits) is
 * unchanged; the whole cache is used only by the qakit build that wrote it. A file whose size and
 * modification time are those it had when it was read is not read again, unless it had been
 * modified within a few seconds before that read (an edit in the same tick of the file system's
 * clock would not change the time). Rules that compare pages run again, from the pages'
 * summaries, whenever a page or the routes of its site's app changed, so editing one page
 * re-checks that page and every rule it takes part in; for a set of pages checked before
 * unchanged, their findings are kept too. The configuration's severities, disabled rules and limits apply to cached
 * findings as to fresh ones, so editing {@code qa.yaml} does not empty the cache. Payloads,
 * prerendered pages and generated sites (the output of a build, which may read more than one
 * file each) are read on every run. The model's constraints are cached only when qakit checks
 * them itself: a run with a user's Bean Validation factory (whose constraints qakit cannot see
 * change) does not use the cache.
 *
 * <p>On disk a cache is a folder ({@value #DEFAULT_LOCATION} by default) holding one file of
 * results, a {@code .gitignore} that keeps the folder out of version control and a
 * {@code CACHEDIR.TAG}. A cache file written by another qakit build, or one that cannot be
 * read, is ignored and replaced by {@link #save()}. Thread-safe.
 */
public final class ResultCache {
    /** The folder {@code qa validate --cache} uses, in the working folder. */
    public static final String DEFAULT_LOCATION = ".qa-cache";
    private static final String RESULTS = "validate-results.bin";

    private final @Nullable Path folder;
    private final CacheStore store;
    private final @Nullable String discarded;

    private ResultCache(@Nullable Path folder, CacheStore store, @Nullable String discarded) {
        this.folder = folder;
        this.store = store;
        this.discarded = discarded;
    }

    /**
     * A cache kept in memory only, for runs of one process (a watch loop).
     *
     * @return an empty cache
     */
    public static ResultCache inMemory() {
        return new ResultCache(null, new CacheStore(stamp()), null);
    }

    /**
     * Opens the cache kept in a folder, which need not exist yet ({@link #save()} makes it).
     *
     * @param folder the folder
     * @return the cache, empty when the folder holds none, or one this build cannot use
     * @throws IOException if {@code folder} exists and is not a folder, or its results cannot be read
     */
    public static ResultCache open(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("the cache location " + folder + " is a file, not a folder");
        }
        String stamp = stamp();
        Path results = folder.resolve(RESULTS);
        try (InputStream in = Files.newInputStream(results)) {
            CacheStore store = CacheStore.read(in, stamp);
            return new ResultCache(folder, store, null);
        } catch (NoSuchFileException e) {
            return new ResultCache(folder, new CacheStore(stamp), null);
        } catch (IOException | RuntimeException e) {
            if (!Files.isRegularFile(results)) {
                throw e;
            }
            // a damaged or truncated cache is worth nothing but a note: it is rebuilt
            return new ResultCache(folder, new CacheStore(stamp), "the cache file " + results + " could not be read ("
                    + e.getMessage() + "); it will be rebuilt");
        }
    }

    /**
     * The folder the cache is kept in.
     *
     * @return the folder, or empty for a cache in memory
     */
    public Optional<Path> location() {
        return Optional.ofNullable(folder);
    }

    /**
     * Why the cache found in the folder was not used, when it was damaged.
     *
     * @return the reason, or empty
     */
    public Optional<String> discarded() {
        return Optional.ofNullable(discarded);
    }

    /**
     * The number of files answered from the cache since it was opened.
     *
     * @return the number
     */
    public int hits() {
        return store.counts()[0];
    }

    /**
     * The number of files the cache could not answer for since it was opened (new or changed).
     *
     * @return the number
     */
    public int misses() {
        return store.counts()[1];
    }

    /**
     * The number of files the cache holds results for.
     *
     * @return the number
     */
    public int size() {
        return store.size();
    }

    /**
     * Writes the cache to its folder (made if needed, with a {@code .gitignore} and a
     * {@code CACHEDIR.TAG}), replacing the file atomically, when it has changed since it was
     * read. Entries of files that no longer exist are dropped. Nothing happens for a cache in
     * memory.
     *
     * @throws IOException if the folder or the file cannot be written
     */
    public void save() throws IOException {
        if (folder == null || (!store.changed() && Files.isRegularFile(folder.resolve(RESULTS)))) {
            return;
        }
        Files.createDirectories(folder);
        writeIfAbsent(folder.resolve(".gitignore"), "# written by qakit: this folder is a cache\n*\n");
        writeIfAbsent(folder.resolve("CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n"
                + "# This file is a cache directory tag created by qakit.\n"
                + "# For information about cache directory tags see https://bford.info/cachedir/\n");
        Path tmp = Files.createTempFile(folder, RESULTS, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                store.write(out);
            }
            try {
                Files.move(tmp, folder.resolve(RESULTS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder.resolve(RESULTS), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    CacheStore store() {
        return store;
    }

    private static void writeIfAbsent(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /**
     * What identifies the code that checks: the version of each qakit module that reads and
     * checks, and for a module in a jar its size and time (a rebuilt snapshot is other code).
     */
    private static String stamp() {
        StringBuilder b = new StringBuilder();
        for (Class<?> c : new Class<?>[] {dev.qakit.model.Page.class, dev.qakit.io.input.InputPlan.class, ResultCache.class}) {
            Package p = c.getPackage();
            b.append(c.getModule().getName()).append(' ').append(p == null ? null : p.getImplementationVersion());
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    Path jar = Path.of(source.getLocation().toURI());
                    if (Files.isRegularFile(jar)) {
                        b.append(' ').append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
                    }
                } catch (URISyntaxException | IOException | RuntimeException e) {
                    b.append(" ?");
                }
            }
            b.append('\n');
        }
        return b.toString();
    }
}
