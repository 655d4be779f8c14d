package dev.qakit.render.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.JsonLdChecks;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.TestPages;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnkiRendererTest {
    private final AnkiRenderer anki = AnkiRenderer.builder().build();

    @Test
    void headersAreThoseAnkiReads() {
        assertThat(JsonLdChecks.ankiHeaders(anki.render(CorpusPages.seed()))).containsExactly("#separator:tab", "#html:true",
                "#notetype:Basic", "#columns:GUID\tDeck\tFront\tBack\tTags", "#guid column:1", "#deck column:2",
                "#tags column:5");
    }

    @Test
    void oneNotePerQuestionWithDeckFrontBackAndTags() {
        List<List<String>> notes = JsonLdChecks.ankiNotes(anki.render(CorpusPages.seed()));
        assertThat(notes).hasSize(15).allSatisfy(n -> assertThat(n).hasSize(5));
        List<String> first = notes.get(0);
        assertThat(first.get(0)).isEqualTo(AnkiRenderer.guid("/fastapi/fundamentals/async-basics#what-is-async-await")).hasSize(16);
        assertThat(first.get(1)).isEqualTo("Interview questions::FastAPI::Fundamentals");
        assertThat(first.get(2)).isEqualTo("What is async/await in Python and why does FastAPI use it?");
        assertThat(first.get(3)).startsWith("<p><code>async</code>/<code>await</code> is Python's syntax")
                .contains("<pre><code class=\"language-python\">import asyncio\n\nasync def fetch_user");
        assertThat(first.get(4)).isEqualTo("fastapi fastapi::fundamentals difficulty::easy");
        assertThat(notes.stream().map(n -> n.get(0)).collect(Collectors.toSet())).hasSize(15);
    }

    @Test
    void fieldsWithTabsLineBreaksAndQuotesReadBackUnchanged() {
        PageData page = TestPages.page("Q", List.of(Question.of("q", "hard", "A \"quoted\"\tquestion", "line\n\n\"x\"\ty")));
        List<String> note = JsonLdChecks.ankiNotes(AnkiRenderer.builder().deck("Prep::Java").build().render(page)).get(0);
        assertThat(note.get(1)).isEqualTo("Prep::Java::FastAPI::Fundamentals");
        assertThat(note.get(2)).isEqualTo("A &quot;quoted&quot;\tquestion");
        assertThat(note.get(3)).isEqualTo("<p>line</p>\n<p>&quot;x&quot;\ty</p>");
        assertThat(note.get(4)).isEqualTo("fastapi fastapi::fundamentals difficulty::hard");
    }

    @Test
    void deckNamesAreChecked() {
        assertThatThrownBy(() -> AnkiRenderer.builder().deck("a\tb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deck must be a non-blank name without tabs, line breaks or quotes, got 'a\tb'");
        assertThat(AnkiRenderer.builder().deck(" X ").build().toBuilder().build().deck()).isEqualTo("X");
    }
}
