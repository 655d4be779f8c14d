package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.internal.markdown.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The frontmatter of the 10 000-page tree the benchmarks read, read both ways: qakit's fast YAML
 * reader reads every page, exactly as snakeyaml-engine composes it (so that
 * {@code MarkdownRecordsBenchmark.read} measures the fast reader on every page).
 */
class SyntheticFrontmatterTest {

    @Test
    void everyPageOfTheTreeIsReadByTheFastPathAsComposingReadsIt() {
        List<String> pages = new ArrayList<>();
        List<String> handedBack = new ArrayList<>();
        new SiteGenerator(Generate.DEFAULT_SEED).tree(10_000, Generate.DEFECT_EVERY, (page, body, defect) -> {
            String markdown = MarkdownPageWriter.write(page, body);
            String yaml = markdown.substring("---\n".length(), markdown.indexOf("\n---\n") + 1);
            pages.add(page.stem());
            if (YamlPaths.compare(yaml) == null) {
                handedBack.add(page.stem());
            }
        });
        assertThat(pages).hasSize(10_000);
        assertThat(handedBack).isEmpty();
    }
}
