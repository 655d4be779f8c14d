package dev.qakit.bench;

import dev.qakit.io.ReadResult;
import dev.qakit.model.PageData;
import dev.qakit.validate.ContentValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validation of a page: records already read → located problems (Bean Validation constraints,
 * page rules, lints), one validation run per page with the default configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidateBenchmark {
    /** Which input: payload pages ({@code seed}, {@code corpus}) or the Markdown sample ({@code tree}). */
    @Param({"seed", "corpus", "tree"})
    public String input;

    private final ContentValidator validator = ContentValidator.builder().build();
    private List<ReadResult<PageData>> reads = List.of();

    /** Reads the input's pages once per trial. */
    @Setup
    public void setUp() {
        reads = Pages.reads(input);
    }

    /**
     * Validates every page of the input once, each in its own run.
     *
     * @param bh consumes each result
     */
    @Benchmark
    public void validate(Blackhole bh) {
        for (ReadResult<PageData> read : reads) {
            bh.consume(validator.newRun().add(read).finish());
        }
    }
}
