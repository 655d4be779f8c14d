package dev.qakit.render.internal;

import dev.qakit.model.internal.JsonStrings;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableCell;
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
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * An answer as the HTML Google's FAQ structured data displays, written straight from the
 * commonmark tree: only {@code h1}–{@code h6}, {@code br}, {@code ol}, {@code ul}, {@code li},
 * {@code a}, {@code p}, {@code div}, {@code b}, {@code strong}, {@code i}, {@code em}. Code
 * blocks become paragraphs of text with line breaks, tables paragraphs with one line per row
 * (cells joined by {@code " | "}), other markup is unwrapped to its text and images are
 * dropped. Links keep http, https and mailto targets (relative ones resolved against the
 * page). Text is escaped ({@code & < >} and no-break spaces as entities), raw HTML in the
 * Markdown is text. The line breaks between blocks are the ones commonmark's HTML has, so the
 * result is what rendering the answer to safe HTML and cleaning it with jsoup's safelist gave.
 */
public final class GoogleAnswerHtml {
    private GoogleAnswerHtml() {
    }

    /**
     * An answer's Google HTML.
     *
     * @param answer the answer's document node ({@link MarkdownHtml#parse(String)})
     * @param baseUri the page's absolute URL, against which relative links are resolved; {@code ""}
     *     to drop relative links
     * @return the HTML, without leading or trailing white space
     */
    public static String answerText(Node answer, String baseUri) {
        StringBuilder sb = new StringBuilder(256);
        answerText(answer, baseUri, sb);
        return sb.toString();
    }

    /**
     * Writes an answer's Google HTML into an empty builder (one builder can serve every answer
     * of a page, emptied in between).
     *
     * @param answer the answer's document node ({@link MarkdownHtml#parse(String)})
     * @param baseUri the page's absolute URL, against which relative links are resolved; {@code ""}
     *     to drop relative links
     * @param out an empty builder; receives the HTML, without leading or trailing white space
     */
    public static void answerText(Node answer, String baseUri, StringBuilder out) {
        answer.accept(new Writer(baseUri, new HtmlSink(out)));
        // stripped in place as String.strip() strips
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        int start = 0;
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        out.delete(0, start);
    }

    /**
     * Appends an answer's Google HTML ({@link #answerText(Node, String)}) as a JSON string
     * literal safe inside a {@code <script>} element: what
     * {@link JsonStrings#writeForScript(CharSequence, Appendable)} writes of that HTML, made in
     * one pass over the tree, without the HTML as a string between.
     *
     * @param answer the answer's document node ({@link MarkdownHtml#parse(String)})
     * @param baseUri the page's absolute URL, against which relative links are resolved; {@code ""}
     *     to drop relative links
     * @param out where the literal goes, quotes included
     */
    public static void answerJsonForScript(Node answer, String baseUri, StringBuilder out) {
        JsonSink sink = new JsonSink(out);
        answer.accept(new Writer(baseUri, sink));
        sink.finish();
    }

    /**
     * The visible text of a question text's document ({@link MarkdownHtml#parseInline(String)}),
     * white space collapsed: the text of its safe HTML as a browser-like text extraction reads it
     * (blocks and line breaks separate words, images have no text).
     *
     * @param inline the document node
     * @return the text
     */
    public static String text(Node inline) {
        TextCollector c = new TextCollector();
        for (Node child = inline.getFirstChild(); child != null; child = child.getNext()) {
            c.node(child);
        }
        // trimmed as its text is (controls and spaces) and, where the HTML's own ends are text, as
        // the HTML was (Unicode white space): one paragraph is written without <p>, so a text
        // node at its start or end is at the HTML's
        Node only = inline.getFirstChild();
        boolean bare = only instanceof Paragraph && only.getNext() == null;
        boolean unicodeAtStart = bare && only.getFirstChild() instanceof Text;
        boolean unicodeAtEnd = bare && only.getLastChild() instanceof Text;
        StringBuilder sb = c.sb;
        int start = 0;
        int end = sb.length();
        while (start < end && isTrimmed(sb.charAt(start), unicodeAtStart)) {
            start++;
        }
        while (end > start && isTrimmed(sb.charAt(end - 1), unicodeAtEnd)) {
            end--;
        }
        return sb.substring(start, end);
    }

    private static boolean isTrimmed(char c, boolean unicode) {
        return c <= ' ' || unicode && Character.isWhitespace(c);
    }

    /**
     * The visible text of an HTML fragment, white space collapsed.
     *
     * @param html the fragment
     * @return the text
     */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /**
     * Escapes text as an HTML serialiser does: {@code & < >} and U+00A0 as entities, C0
     * controls other than tab, line feed and carriage return and unpaired surrogates as
     * numeric references; with {@code attribute}, {@code "} as well; with {@code lineBreaks},
     * each line feed written as {@code <br>}. Runs between the characters escaped are appended
     * as ranges of the string: a {@code StringBuilder} copies a Latin-1 string's range as one
     * array copy, where a {@code char[]} range is checked and narrowed char by char.
     */
    private static void escape(String s, StringBuilder out, boolean attribute, boolean lineBreaks) {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!special(c, attribute, lineBreaks)) {
                continue;
            }
            String rep;
            if (c == '&') {
                rep = "&amp;";
            } else if (c == '<') {
                rep = "&lt;";
            } else if (c == '>') {
                rep = "&gt;";
            } else if (c == '\u00a0') {
                rep = "&nbsp;";
            } else if (c == '"') {
                rep = "&quot;";
            } else if (c == '\n') {
                rep = "<br>";
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            } else {
                rep = "&#x" + Integer.toHexString(c) + ";";
            }
            out.append(s, start, i).append(rep);
            start = i + 1;
        }
        out.append(s, start, n);
    }

    private static boolean special(char c, boolean attribute, boolean lineBreaks) {
        return c == '&' || c == '<' || c == '>' || c == '\u00a0' || c == '"' && attribute || c == '\n' && lineBreaks
                || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c);
    }

    /** Where the {@link Writer} writes: markup, escaped text and line breaks. */
    private abstract static class Sink {
        /** Markup, written as it is in HTML. */
        abstract void markup(String html);

        /** Text, escaped as {@link #escape(String, StringBuilder, boolean, boolean)} escapes it. */
        abstract void text(String s, boolean attribute, boolean lineBreaks);

        /** A line feed. */
        abstract void newline();
    }

    /** The HTML itself. */
    private static final class HtmlSink extends Sink {
        private final StringBuilder out;

        HtmlSink(StringBuilder out) {
            this.out = out;
        }

        @Override
        void markup(String html) {
            out.append(html);
        }

        @Override
        void text(String s, boolean attribute, boolean lineBreaks) {
            escape(s, out, attribute, lineBreaks);
        }

        @Override
        void newline() {
            out.append('\n');
        }
    }

    /**
     * The HTML as a JSON string literal safe in a script element, the line feeds before the
     * first markup and after the last left out as {@link #answerText(Node, String, StringBuilder)}
     * strips them. Each character's form is that of its HTML escape escaped by {@link JsonStrings}: the
     * ASCII ones from tables made that way, the rest (U+00A0, U+2028, U+2029, unpaired
     * surrogates; other characters are written as they are) made that way when met.
     */
    private static final class JsonSink extends Sink {
        /** Per mode ({@code attribute} 1, {@code lineBreaks} 2): each ASCII character's form, null where it is itself. */
        private static final String[][] ASCII_FORMS = asciiForms();
        private static final String NEWLINE = jsonForm("\n");
        private static final String NBSP = jsonForm(htmlForm('\u00a0', false, false));
        /** The forms of the markup the writer writes (any other is made when met). */
        private static final Map<String, String> MARKUP = markupForms("<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>",
                "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>", "<p>", "</p>", "<ul>", "</ul>", "<ol>", "</ol>",
                "<li>", "</li>", "<a>", "<a href=\"", "\">", "</a>", "<em>", "</em>", "<strong>", "</strong>", "<br>");

        private final StringBuilder out;
        /** Where the literal's content starts in {@code out}, after the opening quote. */
        private final int begin;
        /** Where the first character other than white space of the HTML was written, or -1. */
        private int contentStart = -1;
        /** Where the last character other than white space of the HTML ends. */
        private int contentEnd;

        JsonSink(StringBuilder out) {
            out.append('"');
            this.out = out;
            this.begin = out.length();
            this.contentEnd = begin;
        }

        private static String[][] asciiForms() {
            String[][] forms = new String[4][0x80];
            for (int mode = 0; mode < 4; mode++) {
                for (char c = 0; c < 0x80; c++) {
                    String form = jsonForm(htmlForm(c, (mode & 1) != 0, (mode & 2) != 0));
                    forms[mode][c] = form.equals(String.valueOf(c)) ? null : form;
                }
            }
            return forms;
        }

        private static Map<String, String> markupForms(String... markup) {
            Map<String, String> forms = new HashMap<>();
            for (String m : markup) {
                forms.put(m, jsonForm(m));
            }
            return Map.copyOf(forms);
        }

        private static String htmlForm(char c, boolean attribute, boolean lineBreaks) {
            StringBuilder sb = new StringBuilder(8);
            escape(String.valueOf(c), sb, attribute, lineBreaks);
            return sb.toString();
        }

        /** What {@link JsonStrings#quoteForScript(CharSequence)} writes of {@code s}, without the quotes. */
        private static String jsonForm(String s) {
            String quoted = JsonStrings.quoteForScript(s);
            return quoted.substring(1, quoted.length() - 1);
        }

        @Override
        void markup(String html) {
            String form = MARKUP.get(html);
            if (form == null) {
                form = jsonForm(html);
            }
            if (contentStart < 0) {
                contentStart = out.length();
            }
            out.append(form);
            contentEnd = out.length();
        }

        @Override
        void newline() {
            out.append(NEWLINE);
        }

        @Override
        void text(String s, boolean attribute, boolean lineBreaks) {
            // Text is content whatever it holds: every block the writer writes opens with markup,
            // so text never reaches the ends of the HTML, where the strip would take its white space
            if (s.isEmpty()) {
                return;
            }
            if (contentStart < 0) {
                contentStart = out.length();
            }
            write(s, attribute, lineBreaks);
            contentEnd = out.length();
        }

        private void write(String s, boolean attribute, boolean lineBreaks) {
            String[] ascii = ASCII_FORMS[(attribute ? 1 : 0) | (lineBreaks ? 2 : 0)];
            int n = s.length();
            int start = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                String form;
                if (c < 0x80) {
                    form = ascii[c];
                    if (form == null) {
                        continue;
                    }
                } else if (c == '\u00a0') {
                    form = NBSP;
                } else if (c == '\u2028' || c == '\u2029') {
                    form = jsonForm(String.valueOf(c));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    form = jsonForm(htmlForm(c, attribute, lineBreaks));
                } else {
                    continue;
                }
                out.append(s, start, i).append(form);
                start = i + 1;
            }
            out.append(s, start, n);
        }

        /** Leaves out the HTML's leading and trailing white space and closes the literal. */
        void finish() {
            if (contentStart < 0) {
                out.setLength(begin);
            } else {
                out.setLength(contentEnd);
                out.delete(begin, contentStart);
            }
            out.append('"');
        }
    }

    /**
     * Writes the Google HTML. {@code last} is the last character commonmark's HTML renderer
     * would have written at this point: its line breaks between blocks depend on it, and they
     * stay in the output (also around markup that is dropped, such as {@code <hr>}).
     */
    private static final class Writer extends AbstractVisitor {
        private static final String[] OPEN_HEADING = {"", "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>"};
        private static final String[] CLOSE_HEADING = {"", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"};

        private final Sink out;
        private final String baseUri;
        private char last;

        Writer(String baseUri, Sink out) {
            this.baseUri = baseUri;
            this.out = out;
        }

        private void line() {
            if (last != 0 && last != '\n') {
                out.newline();
                last = '\n';
            }
        }

        private void tag(String tag) {
            out.markup(tag);
            last = '>';
        }

        /** Markup commonmark writes and the reduction drops. */
        private void dropped() {
            last = '>';
        }

        private void text(String s) {
            out.text(s, false, false);
            if (!s.isEmpty()) {
                last = s.charAt(s.length() - 1);
            }
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Heading heading) {
            line();
            tag(OPEN_HEADING[heading.getLevel()]);
            visitChildren(heading);
            tag(CLOSE_HEADING[heading.getLevel()]);
            line();
        }

        @Override
        public void visit(Paragraph paragraph) {
            boolean tight = paragraph.getParent() != null && paragraph.getParent().getParent() instanceof ListBlock list
                    && list.isTight();
            if (!tight) {
                line();
                tag("<p>");
            }
            visitChildren(paragraph);
            if (!tight) {
                tag("</p>");
                line();
            }
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            line();
            dropped();
            line();
            visitChildren(blockQuote);
            line();
            dropped();
            line();
        }

        @Override
        public void visit(BulletList bulletList) {
            list(bulletList, "<ul>", "</ul>");
        }

        @Override
        public void visit(OrderedList orderedList) {
            list(orderedList, "<ol>", "</ol>");
        }

        private void list(ListBlock list, String open, String close) {
            line();
            tag(open);
            line();
            visitChildren(list);
            line();
            tag(close);
            line();
        }

        @Override
        public void visit(ListItem listItem) {
            tag("<li>");
            visitChildren(listItem);
            tag("</li>");
            line();
        }

        @Override
        public void visit(FencedCodeBlock fencedCodeBlock) {
            codeBlock(fencedCodeBlock.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock indentedCodeBlock) {
            codeBlock(indentedCodeBlock.getLiteral());
        }

        /** A code block: a paragraph of its lines, separated by line breaks. */
        private void codeBlock(String literal) {
            line();
            String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            out.markup("<p>");
            out.text(code, false, true);
            tag("</p>");
            line();
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            line();
            tag("<p>");
            text(htmlBlock.getLiteral());
            tag("</p>");
            line();
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            line();
            dropped();
            line();
        }

        @Override
        public void visit(Link link) {
            String href = href(UrlPolicy.sanitize(link.getDestination()));
            if (href == null) {
                tag("<a>");
            } else {
                out.markup("<a href=\"");
                out.text(href, true, false);
                tag("\">");
            }
            visitChildren(link);
            tag("</a>");
        }

        /** The link target Google gets: absolute http, https or mailto, else none. */
        private String href(String url) {
            String abs = new Element(Tag.valueOf("a"), baseUri).attr("href", url).absUrl("href");
            String value = abs.isEmpty() ? url : abs;
            String lower = value.toLowerCase(Locale.ROOT);
            return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:") ? value : null;
        }

        @Override
        public void visit(Image image) {
            dropped();
        }

        @Override
        public void visit(Emphasis emphasis) {
            tag("<em>");
            visitChildren(emphasis);
            tag("</em>");
        }

        @Override
        public void visit(StrongEmphasis strongEmphasis) {
            tag("<strong>");
            visitChildren(strongEmphasis);
            tag("</strong>");
        }

        @Override
        public void visit(Text text) {
            text(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text(code.getLiteral());
            dropped();
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            text(htmlInline.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.newline();
            last = '\n';
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            tag("<br>");
            line();
        }

        @Override
        public void visit(CustomBlock customBlock) {
            if (customBlock instanceof TableBlock table) {
                line();
                out.markup("<p>");
                boolean firstRow = true;
                for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                    for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                        if (!(row instanceof TableRow)) {
                            continue;
                        }
                        if (!firstRow) {
                            out.markup("<br>");
                        }
                        firstRow = false;
                        StringBuilder cells = new StringBuilder();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            if (cell instanceof TableCell) {
                                if (cell != row.getFirstChild()) {
                                    cells.append(" | ");
                                }
                                TextCollector c = new TextCollector();
                                c.children(cell);
                                cells.append(c.sb.toString().trim());
                            }
                        }
                        out.text(cells.toString(), false, false);
                    }
                }
                tag("</p>");
                line();
            } else {
                visitChildren(customBlock);
            }
        }

        @Override
        public void visit(CustomNode customNode) {
            // strikethrough (<del>) and any other inline extension: unwrapped to its content
            visitChildren(customNode);
            if (customNode instanceof Strikethrough) {
                dropped();
            }
        }
    }

    /**
     * Collects visible text as an HTML text extraction does: white space runs (with no-break
     * spaces) collapse to one space, zero-width spaces and soft hyphens are dropped, block
     * elements ({@code p}, table parts, and {@code del}, which HTML parsers class as a block)
     * and line breaks separate words, images have no text.
     */
    private static final class TextCollector {
        final StringBuilder sb = new StringBuilder();

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
        }

        void node(Node node) {
            if (node instanceof Text t) {
                append(t.getLiteral());
            } else if (node instanceof Code c) {
                append(c.getLiteral());
            } else if (node instanceof HtmlInline h) {
                append(h.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                append("\n");
            } else if (node instanceof HardLineBreak) {
                space();
                append("\n");
            } else if (node instanceof Image) {
                // no text
            } else if (isBlock(node)) {
                space();
                children(node);
                space();
            } else {
                children(node);
            }
        }

        private static boolean isBlock(Node node) {
            return node instanceof org.commonmark.node.Block || node instanceof Strikethrough || node instanceof TableRow
                    || node instanceof TableCell || node instanceof TableHead || node instanceof TableBody;
        }

        private void space() {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }

        private void append(String s) {
            boolean lastWasWhite = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                    if (!lastWasWhite && sb.length() > 0) {
                        sb.append(' ');
                        lastWasWhite = true;
                    }
                } else if (c != '\u200b' && c != '\u00ad') {
                    sb.append(c);
                    lastWasWhite = false;
                }
            }
        }
    }
}
