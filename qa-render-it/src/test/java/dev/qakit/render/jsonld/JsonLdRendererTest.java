package dev.qakit.render.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.model.PageData;
import dev.qakit.render.JsonLdChecks;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.html.HtmlRenderer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JsonLdRendererTest {

    @Test
    void isAnFaqPageWhoseNamesAndAnswersAreTheVisibleText() {
        PageData seed = CorpusPages.seed();
        Map<String, Object> root = JsonLdChecks.parse(JsonLdRenderer.builder().build().render(seed));
        assertThat(root.get("@context")).isEqualTo("https://schema.org");
        assertThat(root.get("@type")).isEqualTo("FAQPage");
        assertThat(root.get("name")).isEqualTo("Async Basics");
        assertThat(root.get("dateModified")).isEqualTo("2026-06-20");
        List<Map<String, Object>> questions = JsonLdChecks.questions(root);
        assertThat(questions).hasSize(15);
        Document page = Jsoup.parse(HtmlRenderer.builder().build().render(seed));
        List<Element> sections = page.select("section.question");
        for (int i = 0; i < questions.size(); i++) {
            Map<String, Object> q = questions.get(i);
            assertThat(q.get("@type")).isEqualTo("Question");
            assertThat(q.get("name")).isEqualTo(sections.get(i).select(".question-text").text());
            String answer = JsonLdChecks.answerText(q);
            Element visible = sections.get(i).selectFirst(".answer");
            if (visible.select("table").isEmpty()) {
                assertThat(Jsoup.parse(answer).text().replaceAll("\\s+", " "))
                        .isEqualTo(visible.text().replaceAll("\\s+", " "));
            }
            // Only the tags Google displays.
            for (Element e : Jsoup.parseBodyFragment(answer).body().select("*")) {
                assertThat(e.tagName()).isIn(Set.of("body", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li",
                        "a", "p", "div", "b", "strong", "i", "em"));
            }
        }
    }

    @Test
    void aBaseUrlGivesPageAndQuestionUrls() {
        Map<String, Object> root = JsonLdChecks.parse(JsonLdRenderer.builder().baseUrl("https://example.com/").build()
                .render(CorpusPages.seed()));
        assertThat(root.get("url")).isEqualTo("https://example.com/fastapi/fundamentals/async-basics");
        assertThat(JsonLdChecks.questions(root).get(1).get("url"))
                .isEqualTo("https://example.com/fastapi/fundamentals/async-basics#asgi-vs-wsgi");
    }

    @Test
    void baseUrlMustBeAbsoluteHttp() {
        assertThatThrownBy(() -> JsonLdRenderer.builder().baseUrl("javascript:alert(1)//x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an absolute http or https URL, got 'javascript:alert(1)//x'");
        assertThatThrownBy(() -> JsonLdRenderer.builder().baseUrl("/relative")).isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonLdRenderer.builder().baseUrl("http://x.test").build().toBuilder().build().baseUrl()).isEqualTo("http://x.test");
    }
}
