package dev.qakit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question text taken as plain text without the parser renders, and reads as text (for
 * JSON-LD, the plain-text renderer and anchors), exactly as the parser's tree of it does; everything else still goes to the parser.
 */
class PlainInlineTest {
    private static final MarkdownHtml SAFE = new MarkdownHtml(false);
    private static final MarkdownHtml RAW = new MarkdownHtml(true);

    @ParameterizedTest
    @ValueSource(strings = {"What does a mutex guard?", "a  b", "\"quoted\" and 'single'", "#tag in the middle", "1. item",
        "- not a list", "a|b|c", "a--b", "(x) {y} [z]", "é 😀 ü", "100% of $5", "x = y + z", "a/b/c", "www.example.com",
        "see www.example.com", "WWW.example.com", "http://example.com", "mail me@example.com", "a:b", "a\u00A0b", "*em*",
        "_em_", "`code`", "a & b", "a < b", "a \\ b", "~~gone~~", "!bang", "end ", " start", "", "line\nbreak", "tab\there",
        "a\u2028b", "x\u0000y", "\uFFFD"})
    void samplesRenderAsTheParserRendersThem(String text) {
        check(text);
    }

    @Test
    void randomTextsRenderAsTheParserRendersThem() {
        // mostly the plain alphabet, with every character that starts markup now and then
        String plain = "abcXYZ019 ,.?;'\"()/-+=%$#^{}|éü😀w";
        String risky = "*_`[]<>&!\\~:@\n\t\u00A0\u2028";
        Random random = new Random(2026);
        int plainCount = 0;
        for (int round = 0; round < 40_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int len = random.nextInt(24); len > 0; len--) {
                String from = random.nextInt(12) == 0 ? risky : plain;
                int at = random.nextInt(from.length());
                if (Character.isHighSurrogate(from.charAt(at))) {
                    sb.append(from, at, at + 2);
                } else if (Character.isLowSurrogate(from.charAt(at))) {
                    sb.append(from, at - 1, at + 1);
                } else {
                    sb.append(from.charAt(at));
                }
            }
            if (random.nextInt(10) == 0) {
                sb.insert(random.nextInt(sb.length() + 1), "www.");
            }
            String text = sb.toString();
            check(text);
            if (MarkdownHtml.isPlainInline(text)) {
                plainCount++;
            }
        }
        // the shortcut is taken often enough for the comparison to mean something
        assertThat(plainCount).isGreaterThan(5_000);
    }

    private static void check(String text) {
        for (MarkdownHtml m : new MarkdownHtml[] {SAFE, RAW}) {
            Node fast = m.parseInline(text);
            Node parsed = m.parseInlineWithParser(text);
            assertThat(m.inlineHtml(fast)).as("HTML of %s", text).isEqualTo(m.inlineHtml(parsed));
            assertThat(GoogleAnswerHtml.text(fast)).as("text of %s", text).isEqualTo(GoogleAnswerHtml.text(parsed));
            assertThat(MarkdownHtml.textOf(fast)).as("textOf %s", text).isEqualTo(MarkdownHtml.textOf(parsed));
            assertThat(PlainText.of(fast)).as("plain text of %s", text).isEqualTo(PlainText.of(parsed));
        }
    }
}
