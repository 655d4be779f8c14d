package dev.qakit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Question;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.TestPages;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void headingMetadataQuestionsAndSiblings() {
        String md = MarkdownRenderer.builder().build().render(TestPages.page("Intro *one*", List.of(
                Question.of("a", "easy", "What\nis it?", "It is.\n"))));
        assertThat(md).isEqualTo("# Intro \\*one\\*\n\nFastAPI › Fundamentals · medium · updated 2026-06-20 · 1 question\n\n"
                + "## What is it?\n\n*easy*\n\nIt is.\n\n---\n\n**More in Fundamentals:**\n\n- **Intro \\*one\\*** (this page)\n");
    }

    @Test
    void siblingsAndBodyCanBeLeftOut() {
        MarkdownRenderer r = MarkdownRenderer.builder().includeSiblings(false).includeBody(false).build();
        assertThat(r.toBuilder().build().render(CorpusPages.seed())).doesNotContain("More in").endsWith("avoid `@app.on_event`.\n");
    }
}
