package dev.qakit.render.internal;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;

/**
 * A parsed Markdown document as plain text: no markup, code kept verbatim, blocks separated
 * by one empty line, list items as {@code - } / {@code 1. } lines, table rows as cells joined
 * by {@code " | "}, raw HTML reduced to its text (scripts and styles dropped).
 */
public final class PlainText {
    private PlainText() {
    }

    /**
     * The text of a document.
     *
     * @param document the parsed document
     * @return the text, without trailing line breaks
     */
    public static String of(Node document) {
        StringBuilder sb = new StringBuilder();
        blocks(document, sb, "");
        return stripTrailing(sb);
    }

    private static void blocks(Node parent, StringBuilder sb, String indent) {
        boolean first = true;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            StringBuilder block = new StringBuilder();
            block(n, block, indent);
            String text = stripTrailing(block);
            if (text.isBlank()) {
                continue;
            }
            if (!first) {
                sb.append("\n\n");
            }
            first = false;
            sb.append(text);
        }
    }

    private static void block(Node n, StringBuilder sb, String indent) {
        if (n instanceof Paragraph || n instanceof Heading) {
            sb.append(indent).append(inline(n).strip());
        } else if (n instanceof FencedCodeBlock code) {
            lines(code.getLiteral(), sb, indent);
        } else if (n instanceof IndentedCodeBlock code) {
            lines(code.getLiteral(), sb, indent);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int number = n instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
            boolean firstItem = true;
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String marker = n instanceof OrderedList ? (number++) + ". " : "- ";
                StringBuilder content = new StringBuilder();
                blocks(item, content, "");
                if (!firstItem) {
                    sb.append('\n');
                }
                firstItem = false;
                String[] lines = stripTrailing(content).split("\n", -1);
                String pad = " ".repeat(marker.length());
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        sb.append('\n');
                    }
                    if (i == 0) {
                        sb.append(indent).append(marker).append(lines[i]);
                    } else if (!lines[i].isEmpty()) {
                        sb.append(indent).append(pad).append(lines[i]);
                    }
                }
            }
        } else if (n instanceof BlockQuote) {
            blocks(n, sb, indent);
        } else if (n instanceof HtmlBlock html) {
            sb.append(indent).append(Jsoup.parseBodyFragment(html.getLiteral()).body().text());
        } else if (n instanceof TableBlock) {
            table(n, sb, indent);
        } else if (n instanceof ThematicBreak) {
            return;
        } else if (n instanceof CustomBlock || n instanceof Document) {
            blocks(n, sb, indent);
        } else {
            sb.append(indent).append(inline(n).strip());
        }
    }

    private static void table(Node table, StringBuilder sb, String indent) {
        boolean firstRow = true;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                if (!firstRow) {
                    sb.append('\n');
                }
                firstRow = false;
                sb.append(indent);
                boolean firstCell = true;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        if (!firstCell) {
                            sb.append(" | ");
                        }
                        firstCell = false;
                        sb.append(inline(cell).strip());
                    }
                }
            }
        }
    }

    private static void lines(String literal, StringBuilder sb, String indent) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            if (!lines[i].isEmpty()) {
                sb.append(indent).append(lines[i]);
            }
        }
    }

    private static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        inline(parent, sb);
        return sb.toString();
    }

    private static void inline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline) {
                continue;
            } else if (n instanceof Image) {
                inline(n, sb);
            } else if (n instanceof Strikethrough || n instanceof CustomNode) {
                inline(n, sb);
            } else {
                inline(n, sb);
            }
        }
    }

    private static String stripTrailing(CharSequence sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.subSequence(0, end).toString();
    }
}
