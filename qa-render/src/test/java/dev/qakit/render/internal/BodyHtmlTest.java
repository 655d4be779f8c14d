package dev.qakit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.BodyNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BodyHtmlTest {
    /** The name checks are the regular expressions they stand for, over random names of the characters that matter. */
    @Test
    void nameChecksAreTheirRegularExpressions() {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*");
        java.util.regex.Pattern attribute = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");
        String alphabet = "aZm09-_.:@ \u00e9\u0130\u212a";
        java.util.Random random = new java.util.Random(7);
        int tags = 0;
        int attributes = 0;
        for (int i = 0; i < 200_000; i++) {
            char[] cs = new char[random.nextInt(7)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(cs);
            boolean isTag = tag.matcher(s).matches();
            boolean isAttribute = attribute.matcher(s).matches();
            assertThat(BodyHtml.isTagName(s)).as("tag name '%s'", s).isEqualTo(isTag);
            assertThat(BodyHtml.isAttributeName(s)).as("attribute name '%s'", s).isEqualTo(isAttribute);
            tags += isTag ? 1 : 0;
            attributes += isAttribute ? 1 : 0;
        }
        assertThat(tags).as("names the tag expression takes").isGreaterThan(1000);
        assertThat(attributes).as("names the attribute expression takes").isGreaterThan(1000);
    }

    @Test
    void shikiBlocksKeepTheirTextAndLanguage() throws Exception {
        BodyNode pre = new BodyNode.Element("pre", ordered("className", "language-ts shiki", "code", "let a = 1\n",
                "language", "ts", "meta", "", "style", "color:red"),
                List.of(new BodyNode.Element("code", Map.of("__ignoreMap", ""), List.of(
                        new BodyNode.Element("span", ordered("class", "line", "line", 1.0), List.of(new BodyNode.Text("let a = 1")))))));
        StringBuilder sb = new StringBuilder();
        BodyHtml.write(List.of(pre), false, sb);
        assertThat(sb).hasToString("<pre class=\"language-ts shiki\" data-language=\"ts\" data-meta=\"\"><code>"
                + "<span class=\"line\" line=\"1\">let a = 1</span></code></pre>\n");
    }

    @Test
    void unknownComponentsBecomeInertCustomElements() throws Exception {
        StringBuilder sb = new StringBuilder();
        BodyHtml.write(List.of(new BodyNode.Element("alert", ordered("type", "info"), List.of(new BodyNode.Text("hi"))),
                new BodyNode.Element("prose-note", Map.of(), List.of())), false, sb);
        assertThat(sb).hasToString("<mdc-alert type=\"info\">hi</mdc-alert><prose-note></prose-note>");
    }

    @Test
    void mdcComponentsKeepTheirSlotsAndNeverTheirBoundProps() throws Exception {
        BodyNode hero = new BodyNode.Element("u-page-hero", ordered(":links", "[{\"label\":\"</script><script>alert(1)</script>\"}]",
                "orientation", "horizontal", "onclick", "alert(1)"), List.of(
                new BodyNode.Element("template", ordered("v-slot:title", ""), List.of(new BodyNode.Element("p", Map.of(),
                        List.of(new BodyNode.Text("Title"))))),
                new BodyNode.Element("template", ordered("v-slot:<x>", ""), List.of(new BodyNode.Text("odd"))),
                new BodyNode.Element("note", Map.of(), List.of(new BodyNode.Text("body")))));
        StringBuilder sb = new StringBuilder();
        BodyHtml.write(List.of(hero), false, sb);
        assertThat(sb).hasToString("<u-page-hero orientation=\"horizontal\"><mdc-slot data-slot=\"title\"><p>Title</p>\n</mdc-slot>"
                + "<mdc-slot data-slot=\"&lt;x&gt;\">odd</mdc-slot><mdc-note>body</mdc-note></u-page-hero>");
    }

    @Test
    @Timeout(10)
    void deepTreesDoNotOverflowTheStack() throws Exception {
        BodyNode node = new BodyNode.Text("deep");
        for (int i = 0; i < 200_000; i++) {
            node = new BodyNode.Element("span", Map.of(), List.of(node));
        }
        StringBuilder sb = new StringBuilder();
        BodyHtml.write(List.of(node), false, sb);
        assertThat(sb.length()).isEqualTo(200_000 * "<span></span>".length() + 4);
        assertThat(BodyMarkdown.of(List.of(node))).isEqualTo("deep");
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
