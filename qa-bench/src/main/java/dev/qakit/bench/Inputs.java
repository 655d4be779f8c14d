package dev.qakit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark inputs, read from the folder {@code dev.qakit.bench.Generate} wrote: the
 * folder named by the system property {@value #DATA_PROPERTY}, else {@code qa-bench/target/bench-data}.
 *
 * <p>Payload inputs by name: {@code seed} (the FastAPI "Async Basics" page), {@code corpus}
 * (five pages of a real Nuxt site, measured together), {@code 1mb} and {@code 10mb} (one
 * synthetic question page of that size, as {@code devalue.stringify} writes it when
 * {@code bench/run} has made that file, else as qakit's encoder writes it).
 */
public final class Inputs {
    /** The system property naming the data folder. */
    public static final String DATA_PROPERTY = "qakit.bench.data";
    /** The system property naming the size of the tree the {@code tree} input samples (default 10 000; tests use less). */
    public static final String TREE_PROPERTY = "qakit.bench.tree";

    private Inputs() {
    }

    /** The data folder. */
    public static Path dataDir() {
        return Path.of(System.getProperty(DATA_PROPERTY, "qa-bench/target/bench-data"));
    }

    /** The payload files of an input, in a stable order. */
    public static List<Path> payloadFiles(String input) {
        Path dir = dataDir();
        List<Path> files = switch (input) {
            case "seed" -> List.of(dir.resolve("seed._payload.json"));
            case "1mb", "10mb" -> List.of(synthetic(dir, input));
            case "corpus" -> list(dir.resolve("corpus"), "._payload.json");
            default -> throw new IllegalArgumentException("unknown input '" + input + "'; expected seed, corpus, 1mb or 10mb");
        };
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalStateException("missing benchmark input " + f + "; run bench/run (or Generate) first");
            }
        }
        return files;
    }

    /**
     * A synthetic payload: the one {@code devalue.stringify} wrote ({@code bench/run} makes it),
     * else the one qakit's encoder wrote (same value, indexes in another order).
     */
    private static Path synthetic(Path dir, String input) {
        Path devalue = dir.resolve("payload-" + input + "._payload.json");
        return Files.isRegularFile(devalue) ? devalue : dir.resolve("payload-" + input + ".qakit._payload.json");
    }

    /** The bytes of each payload file of an input. */
    public static List<byte[]> payloads(String input) {
        List<byte[]> bytes = new ArrayList<>();
        for (Path f : payloadFiles(input)) {
            bytes.add(read(f));
        }
        return bytes;
    }

    /** How many pages the {@code tree} input samples from the 10 000-page tree. */
    public static final int TREE_SAMPLE = 200;

    /** The content root of the generated tree of {@code pages} pages. */
    public static Path contentRoot(int pages) {
        return dataDir().resolve("tree-" + pages).resolve("content");
    }

    /**
     * The {@code tree} input: {@value #TREE_SAMPLE} Markdown files spread evenly over the
     * 10 000-page tree (every 50th in path order).
     */
    public static List<Path> treeSample() {
        List<Path> all = list(contentRoot(treePages()), ".md");
        int step = Math.max(1, all.size() / TREE_SAMPLE);
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size() && sample.size() < TREE_SAMPLE; i += step) {
            sample.add(all.get(i));
        }
        return sample;
    }

    /** The size of the tree the {@code tree} input samples. */
    public static int treePages() {
        return Integer.getInteger(TREE_PROPERTY, 10_000);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("missing benchmark inputs in " + dir + "; run bench/run (or Generate) first");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
