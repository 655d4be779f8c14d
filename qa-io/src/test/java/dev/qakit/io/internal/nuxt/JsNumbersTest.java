package dev.qakit.io.internal.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1, 1", "-7, -7", "0.5, 0.5", "3.14159, 3.14159", "1e21, 1e+21", "1e20, 100000000000000000000",
        "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "9007199254740991, 9007199254740991",
        "9007199254740992, 9007199254740992", "0.000001, 0.000001", "0.0000001, 1e-7", "123456789012345680000, 123456789012345680000",
        "-0.0, 0", "0.1, 0.1", "1.5e-10, 1.5e-10", "2e23, 2e+23", "1795542984868, 1795542984868"})
    void printsAsJavaScriptDoes(double x, String expected) {
        assertThat(JsNumbers.toString(x)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"})
    void specials(String in, String expected) {
        assertThat(JsNumbers.toString(Double.parseDouble(in))).isEqualTo(expected);
    }
}
