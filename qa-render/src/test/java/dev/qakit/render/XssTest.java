package dev.qakit.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.render.anki.AnkiRenderer;
import dev.qakit.render.html.HtmlLayout;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.render.jsonld.JsonLdRenderer;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No XSS vector in any field produces executable markup: in HTML (document and fragment),
 * in the JSON-LD embedded in it, and in the answer and question fields of Anki decks.
 * Checked by parsing the output with jsoup as a browser would.
 */
class XssTest {
    private final PageData page = XssVectors.page();

    /** Asserts an HTML document or fragment cannot run script. */
    static void assertInert(String html, int allowedJsonLdScripts) {
        Document doc = Jsoup.parse(html);
        List<Element> scripts = doc.select("script");
        assertThat(scripts).hasSize(allowedJsonLdScripts);
        for (Element s : scripts) {
            assertThat(s.attr("type")).isEqualTo("application/ld+json");
            assertThat(s.attributes().size()).isEqualTo(1);
        }
        assertThat(doc.head().select("style")).allSatisfy(
                style -> assertThat(style.data().strip()).isEqualTo(HtmlRenderer.defaultStylesheet().strip()));
        assertThat(doc.body().select("iframe, object, embed, svg, math, style, base, form, frame, frameset, template, "
                + "noscript, textarea, button, details[ontoggle], meta[http-equiv=refresh]")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(name).isNotIn("srcdoc", "formaction", "xlink:href", "style");
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (List.of("href", "src", "action", "data", "poster", "cite", "background").contains(name)) {
                    assertThat(value).as("%s of <%s>", name, e.tagName())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
        }
    }

    @Test
    void htmlDocumentIsInert() {
        String html = HtmlRenderer.builder().build().render(page);
        assertInert(html, 1);
        // The hostile texts are shown, not executed.
        assertThat(Jsoup.parse(html).select(".answer").text()).contains("<script>window.__xss=1;trip()</script>");
    }

    @Test
    void htmlFragmentIsInert() {
        assertInert(HtmlRenderer.builder().layout(HtmlLayout.FRAGMENT).build().render(page), 0);
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String json = JsonLdRenderer.builder().build().render(page);
        String lower = json.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("</script").doesNotContain("<!--").doesNotContain("<").doesNotContain(">");
        assertThat(json).doesNotContain("\u2028").doesNotContain("\u2029");
        String html = HtmlRenderer.builder().build().render(page);
        Element script = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        assertThat(script.data().strip()).isEqualTo(json.strip());
    }

    @Test
    void jsonLdAnswerTextIsInertWhenShownAsHtml() {
        for (Object text : JsonTestParser.answerTexts(JsonLdRenderer.builder().build().render(page))) {
            assertInert((String) text, 0);
        }
    }

    @Test
    void ankiFieldsAreInert() {
        List<List<String>> notes = AnkiTsv.notes(AnkiRenderer.builder().build().render(page));
        assertThat(notes).hasSize(page.page().questions().size());
        for (List<String> note : notes) {
            assertThat(note).hasSize(5);
            assertInert(note.get(2), 0);
            assertInert(note.get(3), 0);
        }
    }

    @Test
    void theUnsafeOptionLetsRawHtmlThrough() {
        String html = HtmlRenderer.builder().unsafeAllowRawHtml(true).build().render(page);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script").size()).isGreaterThan(1);
        assertThat(doc.select("img[onerror]")).isNotEmpty();
        assertThat(html).doesNotContain("Content-Security-Policy");
    }
}
