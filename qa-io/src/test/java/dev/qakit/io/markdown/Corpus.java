package dev.qakit.io.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: the copied corpus of Markdown sources and the pages decoded from its payloads. */
final class Corpus {
    private Corpus() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Corpus.class.getResource("/markdown/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path root() {
        return resource("corpus");
    }

    static Path expected() {
        return resource("expected");
    }

    /** Relative paths of every Markdown source, sorted. */
    static List<String> sources() {
        Path root = root();
        try (Stream<Path> s = Files.walk(root)) {
            List<String> all = s.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            if (all.isEmpty()) {
                throw new IllegalStateException("the corpus is empty");
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relativePath) {
        try {
            return Files.readString(root().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MarkdownReader reader() {
        return MarkdownReader.builder().collection("qa").build();
    }
}
