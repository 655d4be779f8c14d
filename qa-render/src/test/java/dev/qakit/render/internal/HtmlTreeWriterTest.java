package dev.qakit.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link HtmlTreeWriter} against commonmark's own HTML renderer, set up as {@link MarkdownHtml}
 * set it up before the writer replaced it: the output must be the same, character for
 * character, for every Markdown text of the repository's test data and for generated texts
 * built from the constructs whose HTML has details (line breaks, escaping, attributes).
 */
class HtmlTreeWriterTest {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    /** A link mapping with characters that must be escaped, and one null (a bare attribute). */
    private static final UnaryOperator<String> LINKS = url -> {
        if (url.equals("nulltarget")) {
            return null;
        }
        return url.startsWith("/") ? ".." + url + "/index.html?a=1&b=\"<2>\"" : url;
    };

    private final MarkdownHtml markdown = new MarkdownHtml(false);
    private final Oracle safe = new Oracle(false);
    private final Oracle raw = new Oracle(true);

    /** commonmark's renderer as configured before, with the page attributes done by a provider. */
    private static final class Oracle {
        final HtmlRenderer inline;
        final HtmlRenderer block;
        @Nullable Anchors anchors;
        UnaryOperator<String> links = UnaryOperator.identity();

        Oracle(boolean rawHtml) {
            inline = builder(rawHtml).omitSingleParagraphP(true).build();
            AttributeProvider page = this::setAttributes;
            block = builder(rawHtml).attributeProviderFactory(context -> page).build();
        }

        private static HtmlRenderer.Builder builder(boolean rawHtml) {
            HtmlRenderer.Builder b = HtmlRenderer.builder().extensions(EXTENSIONS);
            if (!rawHtml) {
                b.escapeHtml(true).sanitizeUrls(true).urlSanitizer(UrlPolicy.INSTANCE);
            }
            return b;
        }

        private void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link && tagName.equals("a") && attributes.containsKey("href")) {
                attributes.put("href", links.apply(attributes.get("href")));
            } else if (node instanceof Heading && tagName.startsWith("h")) {
                attributes.put("id", anchors.forHeading(MarkdownHtml.textOf(node)));
            } else if (node instanceof FencedCodeBlock code && tagName.equals("pre")) {
                String info = code.getInfo();
                if (info != null) {
                    String trimmed = info.strip();
                    int space = -1;
                    for (int i = 0; i < trimmed.length(); i++) {
                        if (Character.isWhitespace(trimmed.charAt(i))) {
                            space = i;
                            break;
                        }
                    }
                    if (space > 0) {
                        String meta = trimmed.substring(space).strip();
                        if (!meta.isEmpty()) {
                            attributes.put("data-meta", meta);
                        }
                    }
                }
            }
        }

        /** An answer as renderAnswer rendered it: headings pushed down in the tree, then put back. */
        String answer(Node doc, int headingOffset, UnaryOperator<String> links) {
            List<Heading> headings = new ArrayList<>();
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    headings.add(heading);
                    visitChildren(heading);
                }
            });
            int[] levels = new int[headings.size()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = headings.get(i).getLevel();
                if (headingOffset != 0) {
                    headings.get(i).setLevel(Math.max(1, Math.min(6, levels[i] + headingOffset)));
                }
            }
            this.anchors = new Anchors();
            this.links = links;
            try {
                return block.render(doc);
            } finally {
                for (int i = 0; i < levels.length; i++) {
                    headings.get(i).setLevel(levels[i]);
                }
            }
        }
    }

    /** Mismatches found, the first few kept for the message. */
    private static final class Diffs {
        int compared;
        int count;
        final StringBuilder first = new StringBuilder();

        void check(String what, String text, String expected, String actual) {
            compared++;
            if (!expected.equals(actual)) {
                if (count++ < 3) {
                    int at = 0;
                    while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
                        at++;
                    }
                    int from = Math.max(0, at - 200);
                    first.append("\n--- ").append(what).append(" of ").append(quote(text))
                            .append("\nfrom character ").append(from)
                            .append("\nexpected: ").append(quote(expected.substring(from)))
                            .append("\nactual:   ").append(quote(actual.substring(from)));
                }
            }
        }

        void assertNone() {
            assertEquals(0, count, count + " of " + compared + " renderings differ:" + first);
        }
    }

    /**
     * Compares the renderings of a text: block (heading offsets 0 and 2) and inline, safe and
     * raw; for generated texts also the block tree on the inline renderer (a document of many
     * blocks, omitting no {@code <p>}); for short texts also {@link MarkdownHtml#inlineHtml(String)}.
     */
    private void compare(String text, Diffs diffs, boolean generated) {
        for (boolean rawHtml : new boolean[] {false, true}) {
            Oracle oracle = rawHtml ? raw : safe;
            Node doc = markdown.parse(text);
            for (int offset : new int[] {0, 2}) {
                String expected = oracle.answer(doc, offset, LINKS);
                StringBuilder sb = new StringBuilder();
                HtmlTreeWriter.writeBlock(doc, !rawHtml, new Anchors(), offset, LINKS, sb);
                diffs.check((rawHtml ? "raw" : "safe") + " block h+" + offset, text, expected, sb.toString());
            }
            Node inline = markdown.parseInline(text);
            String expected = oracle.inline.render(inline);
            StringBuilder sb = new StringBuilder();
            HtmlTreeWriter.writeInline(inline, !rawHtml, sb);
            diffs.check((rawHtml ? "raw" : "safe") + " inline", text, expected, sb.toString());
            if (generated) {
                String blockInline = oracle.inline.render(doc);
                sb.setLength(0);
                HtmlTreeWriter.writeInline(doc, !rawHtml, sb);
                diffs.check((rawHtml ? "raw" : "safe") + " inline of block tree", text, blockInline, sb.toString());
            } else if (text.length() <= 1000) {
                MarkdownHtml converter = rawHtml ? RAW_MARKDOWN : markdown;
                diffs.check((rawHtml ? "raw" : "safe") + " inlineHtml", text, expected.strip(), converter.inlineHtml(text));
            }
        }
    }

    private static final MarkdownHtml RAW_MARKDOWN = new MarkdownHtml(true);

    @Test
    void everyMarkdownTextOfTheTestDataRendersAsCommonmarkRendersIt() throws IOException {
        Set<String> texts = repositoryTexts();
        assertTrue(texts.size() > 10_000, "too few texts found: " + texts.size());
        Diffs diffs = new Diffs();
        for (String text : texts) {
            compare(text, diffs, false);
        }
        diffs.assertNone();
    }

    @Test
    void generatedMarkdownRendersAsCommonmarkRendersIt() {
        Random random = new Random(0x51C0FFEEL);
        Diffs diffs = new Diffs();
        for (int i = 0; i < 20_000; i++) {
            compare(new Generator(random).snippet(), diffs, true);
        }
        diffs.assertNone();
        assertEquals(20_000 * 8, diffs.compared);
    }

    @Test
    void answersAppendToWhatIsAlreadyWrittenAndReachOtherAppendables() throws IOException {
        String text = "para\n\n# Head\n\n```java x\ncode\n```\n\n[a](/b)";
        String expected = safe.answer(markdown.parse(text), 2, LINKS);
        // a line break is not written before the first block even if the text before lacks one
        StringBuilder sb = new StringBuilder("<div>");
        markdown.answerHtml(markdown.parse(text), new Anchors(), 2, LINKS, sb);
        assertEquals("<div>" + expected, sb.toString());
        StringBuilder written = new StringBuilder();
        Writer writer = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                written.append(cbuf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        markdown.answerHtml(markdown.parse(text), new Anchors(), 2, LINKS, writer);
        assertEquals(expected, written.toString());
        Appendable failing = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("full");
            }
        };
        assertThrows(IOException.class,
                () -> markdown.answerHtml(markdown.parse(text), new Anchors(), 2, LINKS, failing));
    }

    @Test
    void headingIdsContinueThePagesAnchors() {
        // the ids already taken on the page (question anchors) are skipped, in document order
        String text = "# Intro\n\n## Intro\n\n### Intro";
        Anchors anchors = new Anchors();
        anchors.unique("intro");
        String html = markdown.answerHtml(text, anchors, 0);
        assertEquals("<h1 id=\"intro-2\">Intro</h1>\n<h2 id=\"intro-3\">Intro</h2>\n<h3 id=\"intro-4\">Intro</h3>\n", html);
        assertEquals("intro-5", anchors.unique("intro"));
    }

    // --- the repository's texts ---

    private static final List<String> TEXT_DIRS = List.of(
            "qa-render/src/test/resources", "qa-render-it/src/test/resources", "qa-io/src/test/resources",
            "testdata", "qa-bench/src/main/resources/inputs", "examples");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Every {@code .md} file and every string of every {@code .json} file under the test-data folders. */
    private static Set<String> repositoryTexts() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("qa-render-it"))) {
            root = root.getParent();
        }
        Set<String> texts = new LinkedHashSet<>();
        for (String dir : TEXT_DIRS) {
            Path d = root.resolve(dir);
            assertTrue(Files.isDirectory(d), "missing " + d);
            try (Stream<Path> files = Files.walk(d)) {
                for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                    String name = file.getFileName().toString();
                    if (file.toString().contains("node_modules") || !Files.isRegularFile(file)) {
                        continue;
                    }
                    if (name.endsWith(".md")) {
                        String text = utf8(file);
                        if (text != null) {
                            texts.add(text);
                        }
                    } else if (name.endsWith(".json")) {
                        String text = utf8(file);
                        if (text != null) {
                            jsonStrings(text, texts);
                        }
                    }
                }
            }
        }
        return texts;
    }

    private static @Nullable String utf8(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jsonStrings(String json, Set<String> texts) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    texts.add(p.getString());
                }
            }
        } catch (JacksonException e) {
            // not JSON (a fuzz input): the strings before the error are kept
        }
    }

    // --- generated texts ---

    /** Random Markdown from pieces whose HTML has details to get right. */
    private static final class Generator {
        private static final String[] WORDS = {
            "foo", "bar baz", "Ünïcödé", "日本語", "emoji 😀 𝄞", "a\u0000b", "\u0007bell", "tab\there", "nbsp\u00a0x",
            "&", "<", ">", "\"quoted\"", "'single'", "a & b < c > d", "x\u0085y", "\u200bzw", "\uFEFFbom", "fin\r",
            "1.", "2)", "-", "+", "#", "=", "|", "a|b", "\\|", "\\", "!", "~",
        };
        private static final String[] INLINE = {
            "*em*", "_em_", "**strong**", "__strong__", "***both***", "*nested **strong** em*", "~~del~~", "~one~",
            "~~~three~~~", "**~~mixed~~**", "`code`", "`` co`de ``", "` <b>&amp;\" `", "`unclosed", "*unclosed",
            "[unclosed", "foo*bar*", "_not_emph_",
            "[link](http://example.com)", "[t](http://example.com \"Title & <co> \\\"q\\\"\")", "[js](javascript:alert(1))",
            "[JS](JavaScript:alert(\"x\"))", "[rel](/docs/page)", "[rel2](../up 't')", "[mail](mailto:a@b.c)",
            "[empty]()", "[frag](#x)", "[sp](<a b> (title))", "[ref][r1]", "[r1]", "[R1][]", "[undefined][nope]",
            "[*emph* `code` link](https://x.y/?a=1&b=2)", "[data](data:text/html;base64,xx)", "[v](vbscript:x)",
            "[ctl](\u0001javascript:x)", "[tab](java\tscript:x)", "[nested [brackets]](/n)", "[nulltarget](nulltarget)",
            "[ent](/&amp;&quot;x&copy;)", "[esc](/a\\_b\\)c)", "[pct](/a%20b%zz ü)", "[img ![i](/i.png)](/l)",
            "![alt](/img.png)", "![*emph* alt **x** `c` &amp;](/i.png \"img title\")", "![a [link](/l) in alt](x.png)",
            "![js](javascript:evil)", "![br  \nline\nsoft](i.png)", "![](empty.png)", "![ref][r1]", "![<b>h</b>](h.png)",
            "![\"q\" & <](q.png 'it''s')", "![~~del~~ alt](d.png)",
            "<http://auto.link/x?y=1&z>", "<mailto:x@y.z>", "<foo@bar.com>", "www.example.com", "https://example.org/path(x)",
            "visit http://a.b/c.", "user@example.com", "<javascript:alert(1)>", "http://x.y/\"q\"<z",
            "<b>bold</b>", "<span class=\"x\">s</span>", "<!-- comment -->", "<?php x ?>", "<a href=\"javascript:x\">x</a>",
            "</div>", "<img src=x onerror=alert(1)>", "<![CDATA[x]]>", "<!DOCTYPE x>",
            "&amp;", "&lt;", "&copy;", "&#35;", "&#x22;", "&nbsp;", "&bogus;", "&#0;", "&#xD800;", "\\*not em\\*",
            "\\<", "\\&amp;", "\\`", "\\[x\\]",
        };
        private static final String[] INFOS = {
            "", "java", "java title=\"x.java\"", "js {1,3}", "  python  ", "c++ &amp; more", "x\\_y meta",
            "&lt;lang&gt;", "py\tmeta tab", "ruby   multiple   spaces", "hs \u00a0nbsp-meta", "lang\u3000ideo", "&quot;q",
            "a\\ b c", "k\u000bv", "text \"<>&\"",
        };
        private static final String[] HTML_BLOCKS = {
            "<div>\n*md*\n</div>", "<!-- c -->", "<script>alert(1)</script>", "<table><tr><td>x</td></tr></table>",
            "<pre>\n  x < y\n</pre>", "<?xml version=\"1.0\"?>", "<custom-tag a=\"1\">\ntext", "<DIV CLASS=\"q\">", "</p>",
            "<style>p{}</style>", "<![CDATA[\n&\n]]>", "<!DOCTYPE html>",
        };

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        private String pick(String[] a) {
            return a[random.nextInt(a.length)];
        }

        String snippet() {
            int n = 1 + random.nextInt(5);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(random.nextInt(4) == 0 ? "\n" : "\n\n");
                }
                sb.append(block(0));
            }
            String s = sb.toString();
            int r = random.nextInt(20);
            if (r == 0) {
                s = s.replace("\n", "\r\n");
            } else if (r == 1) {
                s = "  " + s + "\n\n";
            } else if (r == 2) {
                s = s + "\n\n[r1]: /ref-url \"Ref & Title\"";
            }
            return s;
        }

        String inline(boolean oneLine) {
            int n = 1 + random.nextInt(6);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    int sep = random.nextInt(12);
                    sb.append(oneLine || sep < 8 ? (sep % 4 == 0 ? "" : " ")
                            : sep < 10 ? "\n" : sep == 10 ? "  \n" : "\\\n");
                }
                sb.append(random.nextInt(3) == 0 ? pick(WORDS) : pick(INLINE));
            }
            return sb.toString();
        }

        String block(int depth) {
            int kind = random.nextInt(depth < 3 ? 14 : 10);
            switch (kind) {
                case 0:
                case 1:
                    return inline(false);
                case 2: {
                    int level = 1 + random.nextInt(7);
                    return "#".repeat(level) + (random.nextBoolean() ? " " : "") + inline(true)
                            + (random.nextInt(4) == 0 ? " ##" : "");
                }
                case 3:
                    return inline(true) + "\n" + (random.nextBoolean() ? "===" : "---");
                case 4:
                    return new String[] {"***", "---", "___", "- - -", "* * *"}[random.nextInt(5)];
                case 5: {
                    String fence = random.nextBoolean() ? "```" : "~~~~";
                    String body = random.nextBoolean() ? "code <&>\n\"x\"\n\n  indented" : inline(false);
                    return fence + pick(INFOS) + "\n" + body + (random.nextInt(8) == 0 ? "" : "\n" + fence);
                }
                case 6:
                    return "    code <&> \"q\"\n      more\n\n    after blank";
                case 7:
                    return table();
                case 8:
                    return pick(HTML_BLOCKS);
                case 9:
                    return new String[] {"[r1]: /ref-url \"Ref Title\"", "[r1]: javascript:x", "[R1]: <spaced url> 'x'",
                        "[r1]:\n/next-line"}[random.nextInt(4)];
                case 10:
                case 11:
                    return list(depth);
                default:
                    return prefix(block(depth + 1), "> ", random.nextInt(4) == 0 ? "" : "> ");
            }
        }

        private String table() {
            int cols = 1 + random.nextInt(4);
            StringBuilder sb = new StringBuilder();
            boolean outer = random.nextBoolean();
            row(sb, cols, outer);
            if (outer) {
                sb.append('|');
            }
            for (int c = 0; c < cols; c++) {
                sb.append(new String[] {"---", ":--", "--:", ":-:", " - "}[random.nextInt(5)]);
                sb.append(c < cols - 1 || outer ? "|" : "");
            }
            int rows = random.nextInt(4);
            for (int r = 0; r < rows; r++) {
                sb.append('\n');
                row(sb, cols + random.nextInt(3) - 1, outer);
            }
            return sb.toString();
        }

        private void row(StringBuilder sb, int cols, boolean outer) {
            if (outer) {
                sb.append('|');
            }
            for (int c = 0; c < Math.max(1, cols); c++) {
                int r = random.nextInt(6);
                sb.append(r == 0 ? "a \\| b" : r == 1 ? "`code\\|pipe`" : r == 2 ? "" : inline(true).replace("|", "\\|"));
                sb.append(c < cols - 1 || outer ? "|" : "");
            }
            sb.append('\n');
        }

        private String list(int depth) {
            boolean ordered = random.nextBoolean();
            String marker = ordered
                    ? new String[] {"1.", "3)", "0.", "007.", "123456789.", "2."}[random.nextInt(6)]
                    : new String[] {"-", "*", "+"}[random.nextInt(3)];
            boolean loose = random.nextInt(3) == 0;
            int items = 1 + random.nextInt(4);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items; i++) {
                if (i > 0) {
                    sb.append(loose ? "\n\n" : "\n");
                }
                String content = random.nextInt(4) == 0
                        ? block(depth + 1) + "\n\n" + block(depth + 1)
                        : random.nextInt(3) == 0 ? inline(true) + "\n" + block(depth + 1) : block(depth + 1);
                if (random.nextInt(10) == 0) {
                    content = "";
                }
                String indent = " ".repeat(marker.length() + 1);
                sb.append(prefix(content, marker + " ", indent));
            }
            return sb.toString();
        }

        /** Each line of a text with a prefix: the first line's, then the others'. */
        private static String prefix(String text, String first, String rest) {
            StringBuilder sb = new StringBuilder(first);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                sb.append(c);
                if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    sb.append(rest);
                }
            }
            return sb.toString();
        }
    }

    /** A string as a Java literal, cut after 600 characters. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(s.length(), 600); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(s.length() > 600 ? "\"…" : "\"").toString();
    }
}
