package dev.qakit.io.input;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input as {@link InputReader} understood it.
 *
 * @param path the path as given
 * @param kind what it is
 * @param root its root: the content root of Markdown content (found from the input: the nearest
 *     enclosing folder named {@code content}, else the nearest one holding {@code qa.yaml}, else
 *     the input itself), or the root of a generated site; absolute
 * @param configFile the {@code qa.yaml} that applies to it, if any
 * @param config the configuration that applies to it (the file's, the defaults, or the one given
 *     to the reader)
 */
public record Input(Path path, InputKind kind, Path root, Optional<Path> configFile, QaConfig config) {

    /**
     * Validates.
     *
     * @param path the path as given
     * @param kind what it is
     * @param root its root
     * @param configFile the {@code qa.yaml} that applies, if any
     * @param config the configuration that applies
     * @throws NullPointerException if a component is null
     */
    public Input {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(config, "config");
    }
}
