package dev.qakit.validate.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** What an answer's Markdown holds that the rules look at, as commonmark-java reads it: fences and links, with 0-based positions. */
public final class MarkdownScan {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /**
     * Reads blocks only, for text that cannot hold a link: every link (inline, reference or
     * autolink) needs a {@code [} or a {@code <}, and fences are blocks. Most answers have no
     * link, and inline parsing is most of the cost of a parse.
     */
    private static final Parser BLOCKS_ONLY = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> { }).build();

    /**
     * A fenced code block.
     *
     * @param line the 0-based line of the opening fence in the text
     * @param column the 0-based column of the opening fence
     * @param info the info string, stripped
     * @param closed whether a closing fence was found
     */
    public record Fence(int line, int column, String info, boolean closed) {
    }

    /**
     * A link.
     *
     * @param destination the destination as written
     * @param line the 0-based line of the link in the text
     * @param column the 0-based column of the link
     */
    public record LinkRef(String destination, int line, int column) {
    }

    private final List<Fence> fences = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();

    private MarkdownScan() {
    }

    /**
     * Scans Markdown text.
     *
     * @param markdown the text
     * @return the fences and links found
     */
    public static MarkdownScan of(String markdown) {
        boolean mayLink = markdown.indexOf('[') >= 0 || markdown.indexOf('<') >= 0;
        // a fence is a line opening with three backticks or tildes
        if (!mayLink && markdown.indexOf("```") < 0 && markdown.indexOf("~~~") < 0) {
            return new MarkdownScan();
        }
        return parse(markdown, mayLink ? PARSER : BLOCKS_ONLY);
    }

    /**
     * Scans Markdown text with the full parser, whatever it holds: what {@link #of(String)}
     * answers by its shortcuts (MarkdownScanTest compares them).
     *
     * @param markdown the text
     * @return the fences and links found
     */
    static MarkdownScan parsed(String markdown) {
        return parse(markdown, PARSER);
    }

    private static MarkdownScan parse(String markdown, Parser parser) {
        MarkdownScan scan = new MarkdownScan();
        Node doc = parser.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                SourceSpan s = first(block);
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                scan.fences.add(new Fence(s == null ? 0 : s.getLineIndex(), s == null ? 0 : s.getColumnIndex() + block.getFenceIndent(),
                        info, block.getClosingFenceLength() != null));
            }

            @Override
            public void visit(Link link) {
                SourceSpan s = first(link);
                scan.links.add(new LinkRef(link.getDestination(), s == null ? 0 : s.getLineIndex(), s == null ? 0 : s.getColumnIndex()));
                visitChildren(link);
            }
        });
        return scan;
    }

    private static @org.jspecify.annotations.Nullable SourceSpan first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? null : spans.get(0);
    }

    /**
     * The fenced code blocks, in order.
     *
     * @return the fences
     */
    public List<Fence> fences() {
        return fences;
    }

    /**
     * The links, in order.
     *
     * @return the links
     */
    public List<LinkRef> links() {
        return links;
    }
}
