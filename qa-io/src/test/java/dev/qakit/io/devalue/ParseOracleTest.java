package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decoder returns what the real devalue's {@code parse} returned for the recorded edge
 * cases: negative zeros written as {@code -0}, escaped lone surrogates in keys, Date texts and
 * the order of integer-like keys. The dialect follows the recording release (5.6.4: legacy).
 */
class ParseOracleTest {
    static List<ParseOracle.Case> cases() {
        return ParseOracle.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesAsDevalueParse(ParseOracle.Case c) {
        ReadResult<Object> r = c.codec().read(c.payload(), "<case>");
        if (c.expected() == null) {
            assertThat(r.hasErrors()).as("devalue threw %s", c.error()).isTrue();
            return;
        }
        assertThat(r.problems()).isEmpty();
        DevalueConformanceTest.assertCanonical(c.codec(), r.value().orElseThrow(), c.expected());
    }
}
