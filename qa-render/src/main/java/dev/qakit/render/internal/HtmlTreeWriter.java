package dev.qakit.render.internal;

import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;

/**
 * Writes a commonmark tree (core nodes, GFM tables, strikethrough) as HTML in one walk, to
 * the byte the HTML that commonmark's own {@code HtmlRenderer} writes for it when set up as
 * {@link MarkdownHtml} used to set it up:
 * <ul>
 *   <li>a line break is written before and after each block only where the last character
 *       written is not one already (commonmark's {@code HtmlWriter.line()}); paragraphs of a
 *       tight list have no {@code <p>}; soft breaks are {@code \n}, hard breaks
 *       {@code <br />\n}; text and attribute values escape {@code & < > "};</li>
 *   <li>safe mode escapes raw HTML (an HTML block becomes a {@code <p>} of its text), passes
 *       link and image targets through {@link UrlPolicy} and gives links
 *       {@code rel="nofollow"}; raw mode writes HTML and targets as they are; URLs are never
 *       percent-encoded;</li>
 *   <li>inline mode (question texts) leaves out the {@code <p>} of a document's single
 *       paragraph;</li>
 *   <li>page mode (answers) adds what the page's attribute provider added, after the
 *       renderer's own attributes: a heading's {@code id} from {@link Anchors} (taken in
 *       document order), each link target mapped through the page's link function (in place
 *       of {@code href}, after sanitising), {@code data-meta} on a fenced block's
 *       {@code <pre>} from its info string after the first word; and pushes headings down by
 *       an offset, capped at h6.</li>
 * </ul>
 * Nodes commonmark has no renderer for (link reference definitions, other extensions' nodes)
 * write nothing. The tests hold this class to commonmark's renderer as their oracle, on every
 * Markdown text of the test data and on generated ones. One instance per rendering; not
 * thread-safe.
 */
final class HtmlTreeWriter extends AbstractVisitor {
    private final StringBuilder out;
    private final int start;
    private final boolean safe;
    private final boolean omitSingleParagraphP;
    private final @Nullable Anchors anchors;
    private final UnaryOperator<String> links;
    private final int headingOffset;

    private HtmlTreeWriter(StringBuilder out, boolean safe, boolean omitSingleParagraphP,
            @Nullable Anchors anchors, UnaryOperator<String> links, int headingOffset) {
        this.out = out;
        this.start = out.length();
        this.safe = safe;
        this.omitSingleParagraphP = omitSingleParagraphP;
        this.anchors = anchors;
        this.links = links;
        this.headingOffset = headingOffset;
    }

    /**
     * Writes an answer (block Markdown) in page mode.
     *
     * @param node the tree
     * @param safe whether raw HTML is escaped and URLs sanitised
     * @param anchors the page's ids, for heading ids
     * @param headingOffset how many levels to push headings down, capped at h6
     * @param links maps each link target (after sanitising) to the one written
     * @param out where the HTML is appended
     */
    static void writeBlock(Node node, boolean safe, Anchors anchors, int headingOffset,
            UnaryOperator<String> links, StringBuilder out) {
        node.accept(new HtmlTreeWriter(out, safe, false, anchors, links, headingOffset));
    }

    /**
     * Writes a question text: no page attributes, no {@code <p>} around a single paragraph.
     *
     * @param node the tree
     * @param safe whether raw HTML is escaped and URLs sanitised
     * @param out where the HTML is appended
     */
    static void writeInline(Node node, boolean safe, StringBuilder out) {
        node.accept(new HtmlTreeWriter(out, safe, true, null, UnaryOperator.identity(), 0));
    }

    // --- writing ---

    /** A line break unless nothing was written yet or the last character is one. */
    private void line() {
        int n = out.length();
        if (n > start && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
    }

    private void text(String s) {
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            String replacement;
            switch (s.charAt(i)) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                default -> {
                    continue;
                }
            }
            out.append(s, from, i).append(replacement);
            from = i + 1;
        }
        out.append(s, from, n);
    }

    /** {@code name="value"} with a leading space; a bare name for a null value. */
    private void attribute(String name, @Nullable String value) {
        out.append(' ').append(name);
        if (value != null) {
            out.append("=\"");
            text(value);
            out.append('"');
        }
    }

    private void children(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            node.accept(this);
            node = next;
        }
    }

    private void simple(String tag, Node node) {
        out.append('<').append(tag).append('>');
        children(node);
        out.append("</").append(tag).append('>');
    }

    private void block(String tag, Node node) {
        line();
        simple(tag, node);
        line();
    }

    // --- blocks ---

    @Override
    public void visit(Document document) {
        children(document);
    }

    @Override
    public void visit(Heading heading) {
        int level = heading.getLevel();
        if (headingOffset != 0) {
            level = Math.max(1, Math.min(6, level + headingOffset));
        }
        line();
        out.append("<h").append(level);
        if (anchors != null) {
            attribute("id", anchors.forHeading(MarkdownHtml.textOf(heading)));
        }
        out.append('>');
        children(heading);
        out.append("</h").append(level).append('>');
        line();
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (isInTightList(paragraph) || omitSingleParagraphP && paragraph.getParent() instanceof Document
                && paragraph.getPrevious() == null && paragraph.getNext() == null) {
            children(paragraph);
        } else {
            block("p", paragraph);
        }
    }

    private static boolean isInTightList(Paragraph paragraph) {
        Node parent = paragraph.getParent();
        return parent != null && parent.getParent() instanceof ListBlock list && list.isTight();
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        line();
        out.append("<blockquote>");
        line();
        children(blockQuote);
        line();
        out.append("</blockquote>");
        line();
    }

    @Override
    public void visit(BulletList bulletList) {
        line();
        out.append("<ul>");
        list(bulletList, "</ul>");
    }

    @Override
    public void visit(OrderedList orderedList) {
        Integer marker = orderedList.getMarkerStartNumber();
        int number = marker != null ? marker : 1;
        line();
        out.append("<ol");
        if (number != 1) {
            attribute("start", String.valueOf(number));
        }
        out.append('>');
        list(orderedList, "</ol>");
    }

    private void list(ListBlock list, String endTag) {
        line();
        children(list);
        line();
        out.append(endTag);
        line();
    }

    @Override
    public void visit(ListItem listItem) {
        simple("li", listItem);
        line();
    }

    @Override
    public void visit(FencedCodeBlock fencedCodeBlock) {
        String info = fencedCodeBlock.getInfo();
        line();
        out.append("<pre");
        if (anchors != null && info != null) {
            String meta = meta(info);
            if (meta != null) {
                attribute("data-meta", meta);
            }
        }
        out.append("><code");
        if (info != null && !info.isEmpty()) {
            int space = info.indexOf(' ');
            out.append(" class=\"language-");
            text(space == -1 ? info : info.substring(0, space));
            out.append('"');
        }
        out.append('>');
        text(fencedCodeBlock.getLiteral());
        out.append("</code></pre>");
        line();
    }

    /** The info string after its first word, or null if there is nothing after it. */
    private static @Nullable String meta(String info) {
        String trimmed = info.strip();
        for (int i = 1; i < trimmed.length(); i++) {
            if (Character.isWhitespace(trimmed.charAt(i))) {
                String meta = trimmed.substring(i).strip();
                return meta.isEmpty() ? null : meta;
            }
        }
        return null;
    }

    @Override
    public void visit(IndentedCodeBlock indentedCodeBlock) {
        line();
        out.append("<pre><code>");
        text(indentedCodeBlock.getLiteral());
        out.append("</code></pre>");
        line();
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        line();
        if (safe) {
            out.append("<p>");
            text(htmlBlock.getLiteral());
            out.append("</p>");
        } else {
            out.append(htmlBlock.getLiteral());
        }
        line();
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        line();
        out.append("<hr />");
        line();
    }

    @Override
    public void visit(LinkReferenceDefinition linkReferenceDefinition) {
        // commonmark writes nothing for it
    }

    @Override
    public void visit(CustomBlock customBlock) {
        if (customBlock instanceof TableBlock) {
            block("table", customBlock);
        }
    }

    // --- inlines and table parts ---

    @Override
    public void visit(CustomNode customNode) {
        if (customNode instanceof Strikethrough) {
            simple("del", customNode);
        } else if (customNode instanceof TableCell cell) {
            String tag = cell.isHeader() ? "th" : "td";
            line();
            out.append('<').append(tag);
            TableCell.Alignment alignment = cell.getAlignment();
            if (alignment != null) {
                attribute("align", switch (alignment) {
                    case LEFT -> "left";
                    case CENTER -> "center";
                    case RIGHT -> "right";
                });
            }
            out.append('>');
            children(cell);
            out.append("</").append(tag).append('>');
            line();
        } else if (customNode instanceof TableRow) {
            block("tr", customNode);
        } else if (customNode instanceof TableHead) {
            block("thead", customNode);
        } else if (customNode instanceof TableBody) {
            block("tbody", customNode);
        }
    }

    @Override
    public void visit(Link link) {
        String url = link.getDestination();
        out.append("<a");
        if (safe) {
            url = UrlPolicy.sanitize(url);
            attribute("rel", "nofollow");
        }
        attribute("href", anchors != null ? links.apply(url) : url);
        String title = link.getTitle();
        if (title != null) {
            attribute("title", title);
        }
        out.append('>');
        children(link);
        out.append("</a>");
    }

    @Override
    public void visit(Image image) {
        String url = image.getDestination();
        if (safe) {
            url = UrlPolicy.sanitize(url);
        }
        out.append("<img");
        attribute("src", url);
        attribute("alt", MarkdownHtml.textOf(image, '\n'));
        String title = image.getTitle();
        if (title != null) {
            attribute("title", title);
        }
        out.append(" />");
    }

    @Override
    public void visit(Emphasis emphasis) {
        simple("em", emphasis);
    }

    @Override
    public void visit(StrongEmphasis strongEmphasis) {
        simple("strong", strongEmphasis);
    }

    @Override
    public void visit(Text text) {
        text(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append("<code>");
        text(code.getLiteral());
        out.append("</code>");
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        if (safe) {
            text(htmlInline.getLiteral());
        } else {
            out.append(htmlInline.getLiteral());
        }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append("<br />");
        line();
    }
}
