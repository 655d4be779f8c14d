package dev.qakit.io.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One file (or generated site) of an {@link InputPlan}, before it is read: what
 * {@link InputPlan#forEachFile(int, java.util.function.Consumer)} hands out, so that a caller
 * can answer for a file it has seen before (a result cache) instead of reading it.
 *
 * <p>A file whose units depend on nothing but its own bytes and the plan has a
 * {@link #content() content} and a {@link #context() context}: the same bytes in the same
 * context always read to the same units. That holds for Markdown files. Payloads and prerendered
 * pages may read a second file (a split payload's other half) and generated sites many, so they
 * have neither. Not thread-safe: use each from one thread.
 */
public final class PlannedFile {
    private final String source;
    private final InputKind kind;
    private final Path file;
    /** Makes the context, which only a caller that keeps results asks for; null when the file has none. */
    private final @Nullable Supplier<String> contextOf;
    private final Function<byte @Nullable [], Stream<Unit>> reader;
    private @Nullable String context;
    private byte @Nullable [] bytes;

    PlannedFile(String source, InputKind kind, Path file, @Nullable Supplier<String> contextOf,
            Function<byte @Nullable [], Stream<Unit>> reader) {
        this.source = source;
        this.kind = kind;
        this.file = file;
        this.contextOf = contextOf;
        this.reader = reader;
    }

    /**
     * The file's display name, as its units and problems name it.
     *
     * @return the name
     */
    public String source() {
        return source;
    }

    /**
     * What the file is.
     *
     * @return the kind
     */
    public InputKind kind() {
        return kind;
    }

    /**
     * The file (or the generated site's folder), as planned.
     *
     * @return the path
     */
    public Path file() {
        return file;
    }

    /**
     * Everything besides the file's bytes that reading it depends on: its display name, its
     * site, its path in the collection and the reader's settings. Opaque; equal contexts and
     * equal {@link #content()} read to equal units.
     *
     * @return the context, or empty when the units depend on more than this file's bytes
     */
    public Optional<String> context() {
        if (context == null && contextOf != null) {
            context = contextOf.get();
        }
        return Optional.ofNullable(context);
    }

    /**
     * Reads the file's bytes (once; {@link #units()} then reads from them).
     *
     * @return the bytes, or empty when the units depend on more than this file's bytes (see
     *     {@link #context()})
     * @throws IOException if the file cannot be read ({@link #units()} then reports it as a
     *     problem of the file)
     */
    public Optional<byte[]> content() throws IOException {
        if (contextOf == null) {
            return Optional.empty();
        }
        if (bytes == null) {
            bytes = Files.readAllBytes(file);
        }
        return Optional.of(bytes);
    }

    /**
     * Reads the file: one unit for a file, one per route for a generated site (a parallel
     * stream). A file that cannot be read gives a unit with the problem. Close the stream.
     *
     * @return the units
     */
    public Stream<Unit> units() {
        return Objects.requireNonNull(reader.apply(bytes));
    }

    @Override
    public String toString() {
        return "PlannedFile[" + kind + " " + source + "]";
    }
}
