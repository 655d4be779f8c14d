package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input form reads every payload alike: each conformance vector (valid and invalid) and
 * each recorded parse case gives the same value or the same located problems from a String, a
 * byte[], an InputStream, a Reader and a file.
 */
class InputFormsTest {
    @Test
    void everyVectorReadsAlikeFromEveryForm(@TempDir Path dir) {
        List<Map.Entry<String, Map<String, Object>>> vectors = InputForms.allVectors();
        assertThat(vectors).hasSize(116 + 130 + 135 + 140 + 141 + 102);
        int fiveForms = 0;
        for (Map.Entry<String, Map<String, Object>> v : vectors) {
            Object version = v.getValue().get("devalue_version");
            DevalueCodec codec = Vectors.codec(version instanceof String s ? s : "6.0.3");
            Map<String, String> outcomes = InputForms.outcomes(codec, Vectors.payload(v.getValue()), dir);
            String viaString = outcomes.get("String");
            assertThat(outcomes).as(v.getKey()).allSatisfy((form, outcome) -> assertThat(outcome).as(v.getKey() + " from " + form).isEqualTo(viaString));
            if (outcomes.size() == 5) {
                fiveForms++;
            }
        }
        assertThat(fiveForms).isGreaterThan(vectors.size() - 20);
    }

    @Test
    void recordedParseCasesReadAlikeFromEveryForm(@TempDir Path dir) {
        for (ParseOracle.Case c : ParseOracle.cases()) {
            Map<String, String> outcomes = InputForms.outcomes(c.codec(), c.payload(), dir);
            assertThat(outcomes).as(c.name()).hasSize(5);
            String viaString = outcomes.get("String");
            assertThat(outcomes).as(c.name()).allSatisfy((form, outcome) -> assertThat(outcome).as(c.name() + " from " + form).isEqualTo(viaString));
        }
    }
}
