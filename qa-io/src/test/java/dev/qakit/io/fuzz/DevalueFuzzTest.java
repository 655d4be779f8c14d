package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.devalue.UnknownTagPolicy;
import dev.qakit.io.devalue.WireDialect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The devalue decoder on hostile input: mutated corpus vectors, generated payloads, and the
 * committed regression inputs. Every input decodes to a value or to problems; nothing else.
 */
class DevalueFuzzTest {
    private static final DevalueCodec CURRENT = DevalueCodec.builder().tags(NuxtTags.all()).build();
    private static final DevalueCodec LEGACY = DevalueCodec.builder().dialect(WireDialect.LEGACY)
            .unknownTags(UnknownTagPolicy.KEEP).build();

    static void target(byte[] input) {
        ReadResult<Object> r = CURRENT.read(input, "fuzz.json");
        Fuzz.checkContract(r);
        // A decoded graph encodes again, and reads back without errors.
        r.value().ifPresent(v -> Fuzz.checkContract(CURRENT.read(CURRENT.encode(v), "again.json")));
        Fuzz.checkContract(LEGACY.read(input, "fuzz.json"));
    }

    @Test
    void corpusMutations() {
        Mutator m = new Mutator(Seeds.devaluePayloads(), Generators.DEVALUE_TOKENS, Fuzz.seed(), 2048);
        assertThat(Fuzz.run("devalue-mutations", Fuzz.inputs() / 2, m::input, DevalueFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    @Test
    void generatedPayloads() {
        Iterator<String> payloads = Seeds.samples(Generators.devaluePayload(), Fuzz.seed());
        assertThat(Fuzz.run("devalue-generated", Fuzz.inputs() / 2, i -> payloads.next().getBytes(StandardCharsets.UTF_8),
                DevalueFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    static Stream<String> regressions() {
        return Regressions.names(DevalueFuzzTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void regression(String name) throws Exception {
        target(Regressions.bytes(DevalueFuzzTest.class, name));
    }

    /** Coverage-guided: replays the same inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) {
        target(input);
    }

    @Test
    void theSeedsAreTheCorpus() {
        List<byte[]> seeds = Seeds.devaluePayloads();
        assertThat(seeds).hasSizeGreaterThan(600);
    }
}
