package dev.qakit.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan names every file once, from its folder's name: the names must be those the front
 * door's naming rule ({@link InputReader#display(Path, Input)}) gives each file, however the input
 * was named (relative, with {@code ./} or {@code ..}, absolute, against a display base).
 */
class PlanNamingTest {
    private static final Path REPO = RepoFiles.root();

    static Stream<Path> trees() throws IOException {
        // a folder whose own files are planned too: named "." against itself as display base
        List<Path> trees = new ArrayList<>(List.of(REPO.resolve("examples"), REPO.resolve("examples-broken"),
                REPO.resolve("examples/content/fastapi/fundamentals")));
        try (Stream<Path> s = Files.list(REPO.resolve("testdata/realworld"))) {
            s.filter(Files::isDirectory).sorted().forEach(trees::add);
        }
        return trees.stream();
    }

    @ParameterizedTest
    @MethodSource("trees")
    void everyFileIsNamedAsTheNamingRuleNamesIt(Path tree) throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(tree);
        List<Path> namings = List.of(relative, Path.of(".").resolve(relative), tree, tree.resolve("..").resolve(tree.getFileName()),
                relative.resolve("."));
        for (InputReader reader : List.of(InputReader.builder().build(), InputReader.builder().displayBase(REPO).build(),
                InputReader.builder().displayBase(tree).build())) {
            for (Path given : namings) {
                InputPlan plan = reader.plan(given);
                Input input = plan.inputs().get(0);
                List<String> expected = new ArrayList<>();
                List<String> named = new ArrayList<>();
                plan.forEachFile(1, f -> {
                    named.add(f.source());
                    expected.add(reader.display(f.file(), input));
                });
                assertThat(named).as("%s named %s", tree, given).isNotEmpty().isEqualTo(expected);
                assertThat(plan.sources()).isEqualTo(named);
            }
        }
    }
}
