package dev.qakit.validate;

import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.QaConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken Markdown files read by the real Markdown reader: each file reports exactly
 * the rule ids and line:column positions listed in {@code corpus/expected.txt}, and nothing else.
 */
class BrokenCorpusTest {
    private static Path root;
    private static ValidationResult result;

    @BeforeAll
    static void validateTheCorpus() throws IOException, URISyntaxException {
        root = Path.of(Objects.requireNonNull(BrokenCorpusTest.class.getResource("/corpus/content")).toURI());
        result = ContentValidator.builder().inputReader(InputReader.builder().displayBase(root).build()).jobs(2).build().validate(List.of(root));
    }

    static Stream<Arguments> files() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(BrokenCorpusTest.class.getResource("/corpus/content/t")).toURI());
        List<String> expected = Files.readAllLines(dir.getParent().getParent().resolve("expected.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = "t/" + f.getFileName();
                cases.add(Arguments.of(Named.of(name, name), expected.stream().filter(l -> l.startsWith(name + ":")).toList()));
            }
        }
        assertThat(cases).hasSize(9);
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void reportsExactlyItsProblems(String file, List<String> expected) {
        assertThat(expected).isNotEmpty();
        assertThat(result.problems()).filteredOn(p -> p.location().source().equals(file))
                .extracting(p -> p.location() + " " + p.ruleId()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyFileIsReportedInOneRun() {
        assertThat(result.files()).hasSize(9);
        assertThat(result.filesWithProblems()).isEqualTo(9);
        assertThat(result.summary()).isEqualTo("9 errors, 4 warnings in 9 of 9 files");
    }
}
