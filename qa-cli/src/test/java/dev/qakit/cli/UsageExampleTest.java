package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.CanonicalJson;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.Unit;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.PageData;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the Java examples of README.md honest: the same calls, on bundled test data. */
class UsageExampleTest {

    @Test
    void readmeExamplesWork() throws IOException {
        Path markdownFile = CliRun.resource("content/fastapi/fundamentals/async-basics.md");
        Path htmlPage = CliRun.resource("site/fastapi/fundamentals/async-basics/index.html");
        Path payloadFile = CliRun.resource("site/fastapi/fundamentals/async-basics/_payload.json");
        Path contentFolder = CliRun.resource("content");

        // any input through the front door
        InputPlan plan = InputReader.builder().build().plan(List.of(contentFolder));
        List<String> lines = new ArrayList<>();
        try (Stream<Unit> units = plan.units()) {
            units.forEach(u -> lines.add(u.source() + ": " + u.pageData().size() + " page(s), " + u.allProblems().size() + " problem(s)"));
        }
        assertThat(lines).hasSize(2).allMatch(l -> l.endsWith(": 1 page(s), 0 problem(s)"));

        // Markdown source → records, every problem located
        MarkdownReader markdown = MarkdownReader.builder().collection("qa").build();
        ReadResult<PageData> read = markdown.read(markdownFile);
        assertThat(read.problems()).isEmpty();
        PageData page = read.orThrow();
        assertThat(page.page().id()).isEqualTo("qa/fastapi/fundamentals/async-basics.md");

        // a prerendered page or _payload.json → records
        NuxtPayloadReader nuxt = NuxtPayloadReader.builder().build();
        List<PageData> pages = nuxt.read(htmlPage).orThrow().pages();
        assertThat(pages).extracting(d -> d.page().path()).containsExactly("/fastapi/fundamentals/async-basics");

        // any devalue payload → a Java object graph, and back
        DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
        Object value = codec.decode(payloadFile);
        String text = codec.encode(value);
        CanonicalJson canonical = codec.canonicalJson();
        assertThat(canonical.write(codec.decode(text, "<re-encoded>"))).isEqualTo(canonical.write(value));

        // render and validate
        String html = HtmlRenderer.builder().build().render(page);
        assertThat(html).contains("<h1").contains("id=\"what-is-async-await\"");
        ValidationResult result = ContentValidator.builder().build().validate(List.of(contentFolder));
        assertThat(result.errorCount()).isZero();
        assertThat(result.files()).hasSize(2);
    }
}
