package dev.qakit.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile answer shapes: every renderer finishes, within the time limit and the reduced test stack.
 * The {@code json} renderer, which lives in qa-io, is checked there with the same inputs.
 */
class PathologicalInputTest {
    static Stream<Arguments> cases() {
        List<Arguments> cases = new java.util.ArrayList<>();
        String[][] inputs = {
            {"quotes nested 100000 deep", ">".repeat(100_000) + " deep"},
            {"lists nested 20000 deep", "- ".repeat(20_000) + "x"},
            {"emphasis nested 50000 deep", "*".repeat(50_000) + "x" + "*".repeat(50_000)},
            {"links nested 20000 deep", "[".repeat(20_000) + "x" + "](y)".repeat(20_000)},
            {"a 300x300 table", ("|" + " a |".repeat(300) + "\n") + ("|" + "---|".repeat(300) + "\n") + ("|" + " b |".repeat(300) + "\n").repeat(300)},
            {"100000 backticks", "`".repeat(100_000)},
        };
        for (String name : List.of("anki", "html", "jsonld", "markdown", "text")) {
            for (String[] in : inputs) {
                cases.add(Arguments.of(Named.of(name + ": " + in[0], name), in[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(20)
    void rendersWithoutFailing(String renderer, String answer) {
        PageData page = TestPages.page("Deep", List.of(Question.of("q", "easy", "Q?", answer)));
        assertThat(Renderers.discover().require(renderer).render(page)).contains("Q?");
    }
}
