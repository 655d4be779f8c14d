package dev.qakit.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in renderer of qa-render: its output for the seed page (and, for the formats that
 * show the page body, for a corpus page that has one) equals its golden file in
 * {@code src/test/resources/golden}, byte for byte.
 *
 * <p>To regenerate the golden files after an intended change, run
 * {@code mvn -pl qa-render-it -am verify -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dqakit.golden.update=true} and review the diff before committing it. The {@code json}
 * renderer's golden file is checked in qa-io, where that renderer lives.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("qakit.golden.update");
    private static final Path SOURCE_DIR = Path.of("src/test/resources/golden");

    static Stream<Arguments> cases() {
        Renderers renderers = Renderers.discover();
        List<String> builtIns = List.of("anki", "html", "jsonld", "markdown", "text");
        assertThat(renderers.names()).containsAll(builtIns);
        PageData seed = CorpusPages.seed();
        PageData openapi = CorpusPages.corpus().stream()
                .filter(p -> "/fastapi/fundamentals/openapi-docs".equals(p.page().path())).findFirst().orElseThrow();
        List<Arguments> cases = new ArrayList<>();
        for (String name : builtIns) {
            Renderer r = renderers.require(name);
            cases.add(Arguments.of(Named.of("async-basics." + r.fileExtension(), r), seed));
        }
        for (String name : List.of("html", "markdown", "text")) {
            Renderer r = renderers.require(name);
            cases.add(Arguments.of(Named.of("openapi-docs." + r.fileExtension(), r), openapi));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputEqualsGoldenFile(Renderer renderer, PageData page) throws IOException {
        String stem = page.page().path().substring(page.page().path().lastIndexOf('/') + 1);
        String file = stem + "." + renderer.fileExtension();
        String actual = renderer.render(page);
        if (UPDATE) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(file), actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(TestPages.resource("/golden/" + file));
    }
}
