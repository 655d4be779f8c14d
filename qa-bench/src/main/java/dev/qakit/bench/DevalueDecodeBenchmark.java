package dev.qakit.bench;

import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import java.nio.charset.StandardCharsets;
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
 * devalue decoding: payload bytes to the generic graph (ordered maps, lists, revived Nuxt
 * tags), with Nuxt's tag set. Compare with {@link JsonStreamingBenchmark} over the same bytes
 * and with node's {@code devalue.parse} ({@code bench/node/devalue-parse.mjs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class DevalueDecodeBenchmark {
    /** Which payload input (see {@link Inputs}). */
    @Param({"seed", "corpus", "1mb", "10mb"})
    public String input;

    private final DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
    private List<byte[]> payloads = List.of();
    private List<String> texts = List.of();

    /** Reads the input files once per trial and checks that they decode. */
    @Setup
    public void setUp() {
        payloads = Inputs.payloads(input);
        texts = payloads.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        for (byte[] payload : payloads) {
            codec.decode(payload, input);
        }
    }

    /**
     * Decodes every payload of the input once.
     *
     * @param bh consumes each decoded root
     */
    @Benchmark
    public void decode(Blackhole bh) {
        for (byte[] payload : payloads) {
            bh.consume(codec.decode(payload, input));
        }
    }

    /**
     * Decodes every payload of the input once from text already decoded from UTF-8 (the form
     * the Nuxt reader hands to the codec): shows what the text path costs beside the byte path.
     *
     * @param bh consumes each decoded root
     */
    @Benchmark
    public void decodeText(Blackhole bh) {
        for (String text : texts) {
            bh.consume(codec.decode(text, input));
        }
    }
}
