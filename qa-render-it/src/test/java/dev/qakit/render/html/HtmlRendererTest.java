package dev.qakit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.TestPages;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private final HtmlRenderer html = HtmlRenderer.builder().build();

    private static Document parse(String s) {
        return Jsoup.parse(s);
    }

    @Test
    void eachQuestionIsASectionWhoseIdIsTheQuestionIdWithALinkToItself() {
        Document doc = parse(html.render(CorpusPages.seed()));
        assertThat(doc.select("section.question")).hasSize(15);
        assertThat(doc.select("section.question").get(0).id()).isEqualTo("what-is-async-await");
        assertThat(doc.select("#what-is-async-await a.self-link").attr("href")).isEqualTo("#what-is-async-await");
        assertThat(doc.select("#what-is-async-await .question-text").text())
                .isEqualTo("What is async/await in Python and why does FastAPI use it?");
        assertThat(doc.select("#what-is-async-await .difficulty").text()).isEqualTo("easy");
        assertThat(doc.select("title").text()).isEqualTo("Async Basics · FastAPI");
        assertThat(doc.select("meta[name=description]").attr("content")).startsWith("FastAPI async/await interview questions");
        assertThat(doc.select(".page-meta dd").eachText()).containsExactly("FastAPI", "Fundamentals", "medium", "2026-06-20", "15");
    }

    @Test
    void repeatedAndMissingIdsAreDisambiguatedAndHeadingIdsNeverTakeAQuestionAnchor() {
        PageData page = TestPages.page("Ids", List.of(
                Question.of("dup", "easy", "One", "# Dup\n\ntext"),
                Question.of("dup", "easy", "Two", "two"),
                new Question(null, "easy", "Three", "three", Map.of())));
        Document doc = parse(html.render(page));
        assertThat(doc.select("section.question").eachAttr("id")).containsExactly("dup", "dup-2", "question-3");
        // The answer's "# Dup" becomes an h3 (below the question's h2) with its own id.
        assertThat(doc.select("#dup .answer h3").attr("id")).isEqualTo("dup-3");
    }

    @Test
    void answersUseGfmAndKeepTheCodeInfoString() {
        PageData page = TestPages.page("Md", List.of(Question.of("q", "easy", "Uses `code`?",
                "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ see https://example.com\n\n```python title=\"main.py\"\nprint(1)\n```\n")));
        Document doc = parse(html.render(page));
        assertThat(doc.select(".answer table th").eachText()).containsExactly("a", "b");
        assertThat(doc.select(".answer del").text()).isEqualTo("old");
        assertThat(doc.select(".answer a").attr("href")).isEqualTo("https://example.com");
        assertThat(doc.select(".answer pre").attr("data-meta")).isEqualTo("title=\"main.py\"");
        assertThat(doc.select(".answer pre > code").attr("class")).isEqualTo("language-python");
        assertThat(doc.select(".question-text code").text()).isEqualTo("code");
    }

    @Test
    void siblingsAreNavigationWithTheCurrentPageMarked() {
        Document doc = parse(html.render(CorpusPages.seed()));
        assertThat(doc.select("nav.siblings a").eachAttr("href")).containsExactly("/fastapi/fundamentals/async-basics",
                "/fastapi/fundamentals/request-lifecycle", "/fastapi/fundamentals/path-operations",
                "/fastapi/fundamentals/type-hints", "/fastapi/fundamentals/openapi-docs");
        assertThat(doc.select("nav.siblings [aria-current=page]").text()).isEqualTo("Async Basics");
    }

    @Test
    void theBodyIsRenderedWithHastPropsAsAttributes() {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("className", List.of("lead", "x"));
        props.put("ariaDescribedBy", "n");
        props.put("dataFootnoteRef", true);
        Body body = Body.minimark(List.of(
                new BodyNode.Element("h2", Map.of("id", "intro"), List.of(new BodyNode.Text("Intro"))),
                new BodyNode.Element("p", props, List.of(new BodyNode.Text("a < b")))), null);
        PageData page = TestPages.page("Body", List.of());
        page = page.withPage(page.page().toBuilder().body(body).build());
        String out = html.render(page);
        assertThat(out).contains("<div class=\"page-body\">\n<h2 id=\"intro\">Intro</h2>\n"
                + "<p class=\"lead x\" aria-describedby=\"n\" data-footnote-ref>a &lt; b</p>\n");
    }

    @Test
    void fragmentsHoldOnlyTheArticle() {
        String out = HtmlRenderer.builder().layout(HtmlLayout.FRAGMENT).build().render(CorpusPages.seed());
        assertThat(out).startsWith("<article class=\"qa-page\">").endsWith("</article>\n").doesNotContain("<head>")
                .doesNotContain("<script").doesNotContain("nav class=\"siblings\"");
    }

    @Test
    void documentsCarryTheContentSecurityPolicyUnlessRawHtmlIsAllowed() {
        assertThat(html.render(CorpusPages.seed())).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                + "script-src &#39;none&#39;; object-src &#39;none&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;\">");
        assertThat(HtmlRenderer.builder().unsafeAllowRawHtml(true).build().render(CorpusPages.seed()))
                .doesNotContain("Content-Security-Policy");
        assertThat(HtmlRenderer.builder().contentSecurityPolicy(null).build().render(CorpusPages.seed()))
                .doesNotContain("Content-Security-Policy");
    }

    @Test
    void builderValidatesAndToBuilderKeepsTheOptions() {
        assertThatThrownBy(() -> HtmlRenderer.builder().lang("en us")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang must be a language tag such as 'en', got 'en us'");
        assertThatThrownBy(() -> HtmlRenderer.builder().contentSecurityPolicy("a\"b")).isInstanceOf(IllegalArgumentException.class);
        HtmlRenderer r = HtmlRenderer.builder().layout(HtmlLayout.FRAGMENT).unsafeAllowRawHtml(true).build();
        HtmlRenderer copy = r.toBuilder().build();
        assertThat(copy.layout()).isEqualTo(HtmlLayout.FRAGMENT);
        assertThat(copy.allowsRawHtml()).isTrue();
        assertThat(copy.render(CorpusPages.seed())).isEqualTo(r.render(CorpusPages.seed()));
        assertThat(r).hasToString("HtmlRenderer[layout=FRAGMENT, UNSAFE raw HTML allowed]");
    }
}
