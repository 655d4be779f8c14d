package dev.qakit.bench;

import dev.qakit.io.nuxt.NuxtPayloadReader;
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
 * A {@code _payload.json} to model records: bytes → devalue → {@code PageData} (page,
 * siblings, …) with its source map, as {@code qa convert} does it. Compare with node's
 * {@code devalue.parse}, which stops at the generic graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PayloadRecordsBenchmark {
    /** Which payload input (see {@link Inputs}). */
    @Param({"seed", "corpus", "1mb", "10mb"})
    public String input;

    private final NuxtPayloadReader reader = NuxtPayloadReader.builder().build();
    private List<byte[]> payloads = List.of();

    /** Reads the input files once per trial and checks that each holds a question page. */
    @Setup
    public void setUp() {
        payloads = Inputs.payloads(input);
        Pages.reads(input);
    }

    /**
     * Reads every payload of the input into page records once.
     *
     * @param bh consumes each page list
     */
    @Benchmark
    public void read(Blackhole bh) {
        for (byte[] payload : payloads) {
            bh.consume(reader.readPayload(payload, input).orThrow().pages());
        }
    }
}
