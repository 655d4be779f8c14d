package dev.qakit.bench;

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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor for anything that reads JSON: Jackson's streaming parser over the payload bytes,
 * touching every token (each string's text, each number's value) and building nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonStreamingBenchmark {
    /** Which payload input (see {@link Inputs}). */
    @Param({"seed", "corpus", "1mb", "10mb"})
    public String input;

    private final JsonFactory factory = new JsonFactory();
    private List<byte[]> payloads = List.of();

    /** Reads the input files once per trial. */
    @Setup
    public void setUp() {
        payloads = Inputs.payloads(input);
    }

    /**
     * Parses every payload of the input once.
     *
     * @param bh consumes every token's value
     */
    @Benchmark
    public void jacksonStreaming(Blackhole bh) {
        for (byte[] payload : payloads) {
            bh.consume(touchEveryToken(factory, payload));
        }
    }

    /** Reads every token, asking each value token for its value; returns a checksum. */
    static long touchEveryToken(JsonFactory factory, byte[] payload) {
        long sum = 0;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), payload)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case PROPERTY_NAME, VALUE_STRING -> sum += p.getString().length();
                    case VALUE_NUMBER_INT -> sum += p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> sum += (long) p.getDoubleValue();
                    default -> sum++;
                }
            }
        }
        return sum;
    }
}
