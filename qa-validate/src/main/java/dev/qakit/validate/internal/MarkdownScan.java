package dev.qakit.validate.internal;

import java.nio.charset.StandardCharsets;
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
        MarkdownScan flat = topLevelFences(markdown);
        if (flat != null) {
            return flat;
        }
        boolean mayLink = markdown.indexOf('[') >= 0 || markdown.indexOf('<') >= 0;
        return parse(markdown, mayLink ? PARSER : BLOCKS_ONLY);
    }

    /**
     * The fences of a text, found line by line, when every fence in it opens at the start of a
     * line and no {@code [} or {@code <} stands outside them: such a fence interrupts whatever
     * block the line would otherwise continue (a paragraph, a list, a block quote), so it is a
     * top-level block whose content runs to its closing fence; no container can hide or move it,
     * and without those characters no HTML block can hold it and no link is written. Null, for
     * the parser to decide, when a line outside the fences holds a {@code [} or {@code <} or opens
     * a fence after indentation or a list or quote marker, and for text with carriage returns
     * (which end lines too) or an info string with a backslash escape or an entity.
     */
    static @org.jspecify.annotations.Nullable MarkdownScan topLevelFences(String text) {
        byte[] md = units(text);
        MarkdownScan scan = new MarkdownScan();
        int n = md.length;
        int line = 0;
        byte fence = 0;
        int fenceLength = 0;
        int openLine = 0;
        String openInfo = "";
        for (int pos = 0; ; line++) {
            // the line's end, in one pass that refuses carriage returns, and '[' and '<' outside fences
            int eol = pos;
            for (; eol < n; eol++) {
                byte c = md[eol];
                if (c == '\n') {
                    break;
                }
                if (c == '\r' || fence == 0 && (c == '[' || c == '<')) {
                    return null;
                }
            }
            if (fence != 0) {
                // a closing fence: up to three spaces, as many fence characters or more, spaces
                int i = pos;
                while (i < eol && md[i] == ' ') {
                    i++;
                }
                int j = i;
                while (j < eol && md[j] == fence) {
                    j++;
                }
                int k = j;
                while (k < eol && (md[k] == ' ' || md[k] == '\t')) {
                    k++;
                }
                if (i - pos <= 3 && j - i >= fenceLength && k == eol) {
                    scan.fences.add(new Fence(openLine, 0, openInfo, true));
                    fence = 0;
                }
            } else {
                byte c = pos < eol ? md[pos] : 0;
                int j = pos;
                while (j < eol && md[j] == c) {
                    j++;
                }
                String info = c == '`' || c == '~' ? text.substring(j, eol) : "";
                if (j - pos >= 3 && (c == '~' || c == '`' && info.indexOf('`') < 0)) {
                    if (info.indexOf('\\') >= 0 || info.indexOf('&') >= 0) {
                        return null;
                    }
                    fence = c;
                    fenceLength = j - pos;
                    openLine = line;
                    openInfo = info.strip();
                } else if (fenceAfterMarkers(md, pos, eol)) {
                    return null;
                }
            }
            if (eol == n) {
                break;
            }
            pos = eol + 1;
        }
        if (fence != 0) {
            scan.fences.add(new Fence(openLine, 0, openInfo, false));
        }
        return scan;
    }

    /**
     * The text's chars as one byte each, scanned instead of the chars themselves: at C1, the
     * launcher's JIT, {@code charAt} costs a call and a range check per char, and copying a
     * Latin-1 string's bytes is one array copy where making its chars is a loop. The scan looks at
     * ASCII characters only; a char above U+00FF becomes {@code ?}, which it does not look at
     * either. Text with a supplementary character (a surrogate pair, which ISO 8859-1's encoder
     * writes as one {@code ?}) is mapped char by char.
     */
    static byte[] units(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length == text.length()) {
            return b;
        }
        b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            char c = text.charAt(i);
            b[i] = c < 0x80 ? (byte) c : (byte) '?';
        }
        return b;
    }

    /** Whether a line, past its indentation and any list item and block quote markers, starts like a fence. */
    private static boolean fenceAfterMarkers(byte[] md, int pos, int eol) {
        int i = pos;
        while (true) {
            while (i < eol && (md[i] == ' ' || md[i] == '\t')) {
                i++;
            }
            if (i >= eol) {
                return false;
            }
            byte c = md[i];
            int next = i + 1;
            if (c >= '0' && c <= '9') {
                while (next < eol && md[next] >= '0' && md[next] <= '9') {
                    next++;
                }
                if (next >= eol || md[next] != '.' && md[next] != ')') {
                    break;
                }
                next++;
            } else if (c != '>' && c != '-' && c != '*' && c != '+') {
                break;
            }
            if (c != '>' && next < eol && md[next] != ' ' && md[next] != '\t') {
                break;
            }
            i = next;
        }
        byte f = md[i];
        return (f == '`' || f == '~') && i + 3 <= eol && md[i + 1] == f && md[i + 2] == f;
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
