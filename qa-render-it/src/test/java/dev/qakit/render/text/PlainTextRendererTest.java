package dev.qakit.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Question;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.TestPages;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    @Test
    void noMarkupCodeKeptOneBlockPerQuestion() {
        String text = PlainTextRenderer.builder().includeHeader(false).build().render(TestPages.page("T", List.of(
                Question.of("a", "easy", "Is `x` **bold**?", "Some *emphasis* and <script>alert(1)</script> and <b>tag</b>.\n\n"
                        + "```js\nif (a < b) { run(); }\n```\n\n| h1 | h2 |\n|---|---|\n| c1 | c2 |\n\n- one\n- two\n\n"
                        + "<div>block <em>html</em></div><script>alert(2)</script>\n"),
                Question.of("b", "easy", "Second?", "Answer."))));
        assertThat(text).isEqualTo("Is x bold?\nSome emphasis and alert(1) and tag.\n\nif (a < b) { run(); }\n\nh1 | h2\nc1 | c2\n\n"
                + "- one\n- two\n\nblock html\n\n\nSecond?\nAnswer.\n");
    }

    @Test
    void theHeaderHasTitleSummaryAndBody() {
        String text = PlainTextRenderer.builder().build().render(CorpusPages.seed());
        assertThat(text).startsWith("Async Basics\nFastAPI › Fundamentals · medium · updated 2026-06-20 · 15 questions\n\n\n"
                + "What is async/await in Python and why does FastAPI use it?\n");
        assertThat(text).doesNotContain("**").doesNotContain("```").doesNotContain("<code>");
        assertThat(PlainTextRenderer.builder().includeHeader(false).build().toBuilder().build().render(CorpusPages.seed()))
                .startsWith("What is async/await");
    }
}
