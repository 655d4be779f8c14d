package dev.qakit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyNodeTest {

    @Test
    void hastPropertyNamesBecomeHtmlAttributeNames() {
        assertThat(BodyNode.htmlAttributeName("className")).isEqualTo("class");
        assertThat(BodyNode.htmlAttributeName("htmlFor")).isEqualTo("for");
        assertThat(BodyNode.htmlAttributeName("httpEquiv")).isEqualTo("http-equiv");
        assertThat(BodyNode.htmlAttributeName("acceptCharset")).isEqualTo("accept-charset");
        assertThat(BodyNode.htmlAttributeName("ariaDescribedBy")).isEqualTo("aria-describedby");
        assertThat(BodyNode.htmlAttributeName("dataFootnoteRef")).isEqualTo("data-footnote-ref");
        assertThat(BodyNode.htmlAttributeName("tabIndex")).isEqualTo("tabindex");
        assertThat(BodyNode.htmlAttributeName("data-x")).isEqualTo("data-x");
        assertThat(BodyNode.htmlAttributeName("xlink:href")).isEqualTo("xlink:href");
        assertThat(BodyNode.htmlAttributeName("data")).isEqualTo("data");
        assertThat(BodyNode.htmlAttributeName("ariaLabel")).isEqualTo("aria-label");
    }

    @Test
    void textContentConcatenatesDescendantsInOrder() {
        BodyNode.Element p = new BodyNode.Element("p", Map.of(), List.of(new BodyNode.Text("a "),
                new BodyNode.Element("strong", Map.of(), List.of(new BodyNode.Text("b"))), new BodyNode.Text(" c")));
        assertThat(p.textContent()).isEqualTo("a b c");
    }
}
