package dev.qakit.bench;

import dev.qakit.io.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Markdown source files to model records: bytes → text → frontmatter (YAML with source map) and
 * body (minimark) → {@code PageData}, over the {@code tree} input ({@value Inputs#TREE_SAMPLE}
 * files of the 10 000-page tree, held in memory: no file I/O is measured).
 *
 * <p>{@link #read} reads the frontmatter as qakit does, with its fast YAML reader;
 * {@link #readComposingYaml} reads the same files in JVMs started with {@code -Dqakit.yaml.fast=false},
 * where every frontmatter is composed by snakeyaml-engine: the difference is what the fast
 * reader gains.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarkdownRecordsBenchmark {
    private final MarkdownReader reader = MarkdownReader.standard();
    private final List<byte[]> files = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();

    /** Reads the sample once per trial. */
    @Setup
    public void setUp() {
        Path root = Inputs.contentRoot(Inputs.treePages());
        for (Path file : Inputs.treeSample()) {
            files.add(Inputs.read(file));
            paths.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
        }
    }

    /**
     * Reads every file of the sample once.
     *
     * @param bh consumes each read result
     */
    @Benchmark
    public void read(Blackhole bh) {
        for (int i = 0; i < files.size(); i++) {
            bh.consume(reader.read(new String(files.get(i), StandardCharsets.UTF_8), paths.get(i)));
        }
    }

    /**
     * Reads every file of the sample once, every frontmatter composed by snakeyaml-engine (the
     * fast YAML reader is switched off in these forks; the switch is prepended to the JVM
     * arguments, so that {@code -jvmArgsAppend} on the command line keeps it).
     *
     * @param bh consumes each read result
     */
    @Benchmark
    @Fork(value = 2, jvmArgsPrepend = "-Dqakit.yaml.fast=false", jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    public void readComposingYaml(Blackhole bh) {
        read(bh);
    }
}
