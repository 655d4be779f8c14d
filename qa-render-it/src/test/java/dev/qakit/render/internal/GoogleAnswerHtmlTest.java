package dev.qakit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.internal.JsonStrings;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.XssCheatSheet;
import dev.qakit.render.XssVectorsAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Google answer HTML written from the commonmark tree is, byte for byte, what rendering the
 * answer to safe HTML and reducing it with jsoup gives ({@link JsoupGoogleReduce}), and question
 * names are the text jsoup reads from their HTML: over every answer of the seed and corpus
 * pages, the XSS vectors and Markdown written to reach each construct.
 */
class GoogleAnswerHtmlTest {
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml(false);
    private static final Set<String> GOOGLE_TAGS = Set.of("body", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li",
            "a", "p", "div", "b", "strong", "i", "em");

    /** Markdown reaching each construct the writer handles, and the corners of jsoup's reading. */
    private static final List<String> CONSTRUCTS = List.of(
            "# One\n\n## Two *em*\n\n###### Six\n\nSetext\n===\n",
            "para one\nsoft break  \nhard break\\\nagain\n\n---\n\npara two\n\n***\n",
            "> quoted\n> > nested **strong**\n\n> - in a quote\n",
            "- tight\n- list\n  - nested\n  - more\n\n1. first\n2. second\n\n7. starts at seven\n",
            "- loose\n\n- list\n\n  with two paragraphs\n\n  ```\n  code in a list\n  ```\n",
            "```python title=\"x.py\"\nprint('<b>&amp;')\n\n  indented\n```\n\n    indented code\n    block\n\n```\n```\n",
            "| a | b *c* | `d` |\n|---|:-:|--:|\n| 1 | ~~two~~ three | ![img](x.png) |\n| x\u00a0y | [link](https://e.test) | \u200bz\u00ad |\n",
            "<div onclick=\"x()\">raw block</div>\n\ntext <span>inline</span> &copy; &nbsp; &amp; &lt; \"quotes\" 'apos'\n",
            "[rel](/a/b?x=1#f) [frag](#top) [abs](https://Example.COM/a%20b?q=\"1\"&r=2) [mail](mailto:a@b.test)\n"
                    + "[js](javascript:alert(1)) [data](data:text/html,x) [title](https://e.test \"T\") <https://auto.test/x>\n"
                    + "www.example.com and a@b.test [[nested](https://in.test)](https://out.test) [](https://empty.test)\n",
            "![alt *text*](https://img.test/a.png \"title\") text after image\n\n![only image](x.png)\n",
            "~~strike~~ and ~single~ and **~~both~~**\n\ncontrol \u0001 char and tab\there and \uD800 lone\n",
            "Heading\n---\n| not | a table\n\n<!-- comment -->\n\n<script>alert(1)</script>\n\n&#0; &#x1F600; \uD83D\uDE00\n",
            "* a\n\n  > quote in item\n\n* b\n\n---\n\n1) x\n2) y\n",
            "---\n\nafter a leading rule\n\n***\n",
            "***\n",
            "![only an image](x.png)\n",
            "\u2028 line separator\u2029 and\u00a0no-break \u000b\u001c controls \u2003\n\n    \u3000code\u3000\n",
            "<!-- -->\n\n\u000b\n",
            "");

    static Stream<Arguments> answers() {
        List<Arguments> cases = new ArrayList<>();
        List<PageData> pages = new ArrayList<>();
        pages.add(CorpusPages.seed());
        pages.addAll(CorpusPages.corpus());
        pages.add(XssVectorsAccess.page());
        for (XssCheatSheet.Vector v : XssCheatSheet.all()) {
            pages.add(XssCheatSheet.page(v, 1));
        }
        for (PageData page : pages) {
            String stem = page.page().stem() != null ? page.page().stem() : page.page().path();
            List<Question> questions = page.page().questions();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                cases.add(Arguments.of(stem + " #" + (i + 1), q.question() == null ? "" : q.question(),
                        q.answer() == null ? "" : q.answer()));
            }
        }
        for (int i = 0; i < CONSTRUCTS.size(); i++) {
            cases.add(Arguments.of("construct " + (i + 1), CONSTRUCTS.get(i), CONSTRUCTS.get(i)));
        }
        assertThat(cases).hasSizeGreaterThan(100);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void answerTextIsWhatJsoupReducedTheHtmlTo(String name, String question, String answer) {
        for (String base : List.of("", "https://example.com/fastapi/fundamentals/async-basics")) {
            String expected = JsoupGoogleReduce.reduce(MARKDOWN.answerHtml(answer, new Anchors(), 0), base);
            String actual = GoogleAnswerHtml.answerText(MARKDOWN.parse(answer), base);
            assertThat(actual).as("base '%s'", base).isEqualTo(expected);
            StringBuilder json = new StringBuilder("[");
            GoogleAnswerHtml.answerJsonForScript(MARKDOWN.parse(answer), base, json);
            assertThat(json.toString()).as("JSON, base '%s'", base).isEqualTo("[" + JsonStrings.quoteForScript(actual));
            for (Element e : Jsoup.parseBodyFragment(actual).body().select("*")) {
                assertThat(e.tagName()).isIn(GOOGLE_TAGS);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void questionNameIsTheTextOfItsHtml(String name, String question, String answer) {
        assertThat(GoogleAnswerHtml.text(MARKDOWN.parseInline(question)))
                .isEqualTo(Jsoup.parseBodyFragment(MARKDOWN.inlineHtml(question)).body().text());
        assertThat(GoogleAnswerHtml.text(MARKDOWN.parseInline(answer)))
                .isEqualTo(Jsoup.parseBodyFragment(MARKDOWN.inlineHtml(answer)).body().text());
    }

    /**
     * The JSON literal written in one pass is the HTML's literal, over answers made of the
     * characters and markup where the two could part: white space HTML keeps or escapes at
     * either end, entities, script-unsafe characters, surrogates, line separators.
     */
    @Test
    void answerJsonIsTheLiteralOfTheHtmlOverRandomAnswers() {
        String[] pieces = {" ", "\t", "\n", "\n\n", "\r", "\u000b", "\f", "\u001c", "\u0001", "\u00a0", "\u2028", "\u2029",
            "\u3000", "\u2003", "\uD83D\uDE00", "\uD800", "\uDC00", "<", ">", "&", "\"", "\\", "/", "'", "x", "word", "</script>",
            "*", "**", "`", "```\n", "    ", "- ", "1. ", "> ", "---\n", "# ", "[a](https://e.test/\"q\")", "![i](x.png)", "|a|b|\n|-|-|\n",
            "<b>", "&amp;", "&nbsp;", "\\\n", "  \n", "~~"};
        java.util.Random random = new java.util.Random(20261206);
        for (int i = 0; i < 3000; i++) {
            StringBuilder answer = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                answer.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = answer.toString();
            org.commonmark.node.Node doc = MARKDOWN.parse(markdown);
            StringBuilder json = new StringBuilder();
            GoogleAnswerHtml.answerJsonForScript(doc, "https://e.test/p", json);
            assertThat(json.toString()).as("answer %s", JsonStrings.quote(markdown))
                    .isEqualTo(JsonStrings.quoteForScript(GoogleAnswerHtml.answerText(doc, "https://e.test/p")));
        }
    }

    @Test
    void escapesMarkupAndKeepsOnlyGoogleTags() {
        String html = GoogleAnswerHtml.answerText(MARKDOWN.parse(
                "<b>x</b> & `<i>` [a](javascript:x) [b](https://e.test/?a=1&b=\"2\")\n\n```\n</script>\n```\n"), "");
        assertThat(html).isEqualTo("<p>&lt;b&gt;x&lt;/b&gt; &amp; &lt;i&gt; <a>a</a> "
                + "<a href=\"https://e.test/?a=1&amp;b=&quot;2&quot;\">b</a></p>\n<p>&lt;/script&gt;</p>");
    }
}
