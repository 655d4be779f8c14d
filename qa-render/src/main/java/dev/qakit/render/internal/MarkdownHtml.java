package dev.qakit.render.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Answers and question texts (Markdown) to HTML: parsed with commonmark-java, written by
 * {@link HtmlTreeWriter} as commonmark's HTML renderer writes them. GFM tables,
 * strikethrough, autolinks, heading anchors, {@code <pre><code class="language-x">} with the
 * rest of the info string kept as {@code data-meta}. Safe unless built with raw HTML allowed:
 * raw HTML is escaped and link and image targets go through {@link UrlPolicy}.
 * Immutable and thread-safe.
 */
public final class MarkdownHtml {
    /** How deep block containers (quotes, lists) may nest before the rest is read as text. */
    static final int MAX_OPEN_BLOCKS = 64;
    /** How deep inline emphasis and links may nest before the rest is read as text. */
    static final int MAX_INLINE_NESTING = 64;

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser blockParser;
    private final Parser inlineParser;
    private final boolean rawHtml;

    /**
     * A converter.
     *
     * @param rawHtml whether raw HTML and every URL pass through unchanged (unsafe)
     */
    public MarkdownHtml(boolean rawHtml) {
        this.rawHtml = rawHtml;
        this.blockParser = Parser.builder().extensions(EXTENSIONS)
                .maxOpenBlockParsers(MAX_OPEN_BLOCKS).maxInlineNesting(MAX_INLINE_NESTING).build();
        this.inlineParser = Parser.builder().extensions(EXTENSIONS).enabledBlockTypes(Set.of())
                .maxOpenBlockParsers(MAX_OPEN_BLOCKS).maxInlineNesting(MAX_INLINE_NESTING).build();
    }

    /**
     * Parses block Markdown (an answer).
     *
     * @param markdown the Markdown
     * @return the document node
     */
    public Node parse(String markdown) {
        return blockParser.parse(markdown);
    }

    /**
     * Parses inline Markdown (a question text): no block syntax, only paragraphs. A text with
     * nothing Markdown could read as markup (see {@link #isPlainInline(String)}) becomes the
     * tree the parser makes of it, a paragraph of one text node, without running the parser.
     *
     * @param markdown the Markdown
     * @return the document node
     */
    public Node parseInline(String markdown) {
        if (isPlainInline(markdown)) {
            Document doc = new Document();
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(markdown));
            doc.appendChild(paragraph);
            return doc;
        }
        return inlineParser.parse(markdown);
    }

    /** The parser's own tree of a question text, for the tests that hold {@link #parseInline(String)} to it. */
    Node parseInlineWithParser(String markdown) {
        return inlineParser.parse(markdown);
    }

    /**
     * Whether a question text is one line of plain text to the inline parser: not empty, no
     * blank at either end, no character that starts markup (emphasis, code, links, images,
     * HTML, entities, escapes, strikethrough), nothing the autolink extension reads as a URL or
     * an e-mail address ({@code :}, {@code @}, {@code www.}), no control or white-space
     * character but the space. Most question texts are such ("What does a mutex guard?").
     *
     * @param s the text
     * @return whether parsing it gives one text node holding the text unchanged
     */
    static boolean isPlainInline(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ') {
                    continue;
                }
                if (",.?;'\"()/-+=%$#^{}|".indexOf(c) < 0) {
                    return false;
                }
                if (c == '.' && i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3)) {
                    return false;
                }
            } else if (c <= 0x9F || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    /**
     * Renders an answer.
     *
     * @param markdown the answer
     * @param anchors the ids of the page, for heading anchors
     * @param headingOffset how many levels to push headings down ({@code 2}: {@code #} → h3), capped at h6
     * @return the HTML, ending with a line break
     */
    public String answerHtml(String markdown, Anchors anchors, int headingOffset) {
        return answerHtml(markdown, anchors, headingOffset, UnaryOperator.identity());
    }

    /**
     * Renders an answer, passing link targets through a function (a static site turns site
     * routes into relative file links).
     *
     * @param markdown the answer
     * @param anchors the ids of the page, for heading anchors
     * @param headingOffset how many levels to push headings down, capped at h6
     * @param links maps each link target (after URL sanitising) to the one written
     * @return the HTML, ending with a line break
     */
    public String answerHtml(String markdown, Anchors anchors, int headingOffset, UnaryOperator<String> links) {
        StringBuilder sb = new StringBuilder(markdown.length() + (markdown.length() >> 2) + 16);
        renderAnswer(parse(markdown), anchors, headingOffset, links, sb);
        return sb.toString();
    }

    /**
     * Renders a parsed answer ({@link #parse(String)}) into an appendable. The tree is left
     * as it was, so that it can be rendered again (the JSON-LD text reads the same tree).
     *
     * @param doc the answer's document node, not attached to another node
     * @param anchors the ids of the page, for heading anchors
     * @param headingOffset how many levels to push headings down, capped at h6
     * @param links maps each link target (after URL sanitising) to the one written
     * @param out where the HTML goes (ending with a line break)
     * @throws IOException if {@code out} fails
     */
    public void answerHtml(Node doc, Anchors anchors, int headingOffset, UnaryOperator<String> links, Appendable out)
            throws IOException {
        if (out instanceof StringBuilder sb) {
            renderAnswer(doc, anchors, headingOffset, links, sb);
        } else {
            StringBuilder sb = new StringBuilder(1024);
            renderAnswer(doc, anchors, headingOffset, links, sb);
            out.append(sb);
        }
    }

    private void renderAnswer(Node doc, Anchors anchors, int headingOffset, UnaryOperator<String> links, StringBuilder out) {
        HtmlTreeWriter.writeBlock(doc, !rawHtml, anchors, headingOffset, links, out);
    }

    /**
     * Renders a question text as inline HTML (no enclosing paragraph when it is one line).
     *
     * @param markdown the question text
     * @return the HTML
     */
    public String inlineHtml(String markdown) {
        return inlineHtml(parseInline(markdown));
    }

    /**
     * Renders a parsed question text ({@link #parseInline(String)}) as inline HTML.
     *
     * @param inline the document node
     * @return the HTML
     */
    public String inlineHtml(Node inline) {
        StringBuilder sb = new StringBuilder(64);
        HtmlTreeWriter.writeInline(inline, !rawHtml, sb);
        return sb.toString().strip();
    }

    /**
     * The text of a node and its descendants: text and code spans, no markup.
     *
     * @param node the node
     * @return the text
     */
    public static String textOf(Node node) {
        return textOf(node, ' ');
    }

    /**
     * The text of a node and its descendants, each line break written as {@code breaks}: an
     * image's alt text is this with {@code \n}.
     */
    static String textOf(Node node, char breaks) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
                sb.append(breaks);
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak hardLineBreak) {
                sb.append(breaks);
            }
        });
        return sb.toString();
    }
}
