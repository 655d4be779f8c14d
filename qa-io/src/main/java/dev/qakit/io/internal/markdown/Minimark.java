package dev.qakit.io.internal.markdown;

import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.BodyNode.Element;
import dev.qakit.model.BodyNode.Text;
import dev.qakit.model.Toc;
import dev.qakit.model.TocLink;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
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
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;

/**
 * Markdown → minimark body and toc, as Nuxt Content 3 builds them (remark-parse + remark-gfm +
 * remark-emoji → mdast-to-hast → rehype-raw → {@code @nuxtjs/mdc}'s compiler → minimark), on
 * commonmark-java with the GFM table and strikethrough extensions.
 *
 * <p>Reproduced: heading ids (github-slugger + mdc's clean-up), {@code rel: ["nofollow"]} on
 * absolute http(s) links, table cell {@code align}, task list items, GFM footnotes, list item
 * paragraphs unwrapped (with {@code br} between paragraphs of a loose item), empty paragraphs
 * dropped, text nodes merged as rehype-raw merges them, HTML blocks parsed into elements,
 * {@code :shortcode:} emoji. Not reproduced: Shiki highlighting (a code block becomes
 * {@code ["pre", {className, code, language, meta}, ["code", {__ignoreMap: ""}, source]]}
 * without the highlighted spans and without the trailing {@code style} node), inline HTML
 * (kept as text), and the attribute order rehype-sort-attributes picks from attribute
 * frequencies (the usual orders are written directly).
 */
public final class Minimark {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            .customBlockParserFactory(new MdcBlocks.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final int MAX_DEPTH = 400;
    /** How deeply components may nest before their content is kept as text: each level parses its content again. */
    private static final int MAX_COMPONENT_DEPTH = 32;
    /** How many times over the body's lines component content may be parsed again in all, so that nesting stays linear. */
    private static final int REPARSE_FACTOR = 4;
    /** What one more parse of a component section or label costs against the budget, in lines: a parse has a fixed cost. */
    private static final int PARSE_COST = 64;
    private static final Pattern TASK = Pattern.compile("^\\[([ xX])\\](?=[ \\t]|$)");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:[ \\t]*");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    /** A link written as a full reference: {@code [text][label]}. */
    private static final Pattern FULL_REFERENCE = Pattern.compile("(?s)\\[.*\\]\\s*\\[[^\\]]*\\]");
    private static final String EOL = "\n";

    private final Slugger slugger = new Slugger();
    /** The text being parsed (the body, a component section or a label), for escapes in source spans. */
    private String source = "";
    private int componentDepth;
    /** Lines of component content that may still be parsed (see {@link #REPARSE_FACTOR}). */
    private long reparseBudget;
    /** For each line of the text being parsed (a component's section), its body line and column; null for the body itself. */
    private int[] @Nullable [] lineMap;
    private int suppressPositions;
    private final Map<String, List<Object>> footnoteDefs = new LinkedHashMap<>();
    private final List<String> footnoteOrder = new ArrayList<>();
    private final Map<String, Integer> footnoteRefCounts = new LinkedHashMap<>();
    private boolean truncated;

    private Minimark() {
    }

    /**
     * What converting a body produced.
     *
     * @param nodes the top-level nodes
     * @param title the text of a leading {@code h1}, or null
     * @param description the text of the first paragraph when the body starts with it (after an
     *     optional h1), else {@code ""}
     * @param truncated whether nesting was too deep and deeper content was flattened to text
     */
    public record Result(List<BodyNode> nodes, @Nullable String title, String description, boolean truncated,
            Map<String, int[]> positions) {
        /**
         * Where each element starts in the body text, by its JSON Pointer below the body's
         * {@code value} ({@code /3} is the fourth top-level node, {@code /3/2} its first child:
         * minimark holds tag and props at indexes 0 and 1); each value is {@code {line, column}},
         * both 0-based, the column in UTF-16 code units. Elements MDC's inline syntax made have
         * none: their nearest positioned ancestor stands for them.
         *
         * @return the positions
         */
        @Override
        public Map<String, int[]> positions() {
            return positions;
        }
    }

    /**
     * Converts a Markdown body.
     *
     * @param markdown the body, line ends normalised
     * @return the nodes and derived title and description
     */
    public static Result convert(String markdown) {
        Minimark m = new Minimark();
        m.reparseBudget = REPARSE_FACTOR * (markdown.chars().filter(c -> c == '\n').count() + 1) + 10_000;
        m.source = markdown;
        Document doc = (Document) PARSER.parse(markdown);
        m.collectFootnoteDefinitions(doc);
        List<Object> raw = new ArrayList<>();
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            if (!m.footnoteDefParagraph(c)) {
                raw.add(EOL);
                raw.addAll(m.block(c, 1));
            }
        }
        m.appendFootnotes(raw);
        sortProperties(raw);
        // mdc's compiler keeps no text at the top level
        raw.removeIf(o -> o instanceof String);
        Map<String, int[]> positions = new java.util.HashMap<>();
        List<BodyNode> nodes = freeze(raw, "/", 0, positions);
        String[] heading = contentHeading(nodes);
        return new Result(nodes, heading[0], heading[1], m.truncated, positions);
    }

    /**
     * The title and description Nuxt Content derives from a body: the text of a leading
     * {@code h1} (horizontal rules and text skipped), and the text of the paragraph that comes
     * first (after that h1).
     *
     * @param nodes the top-level nodes
     * @return {@code [title or null, description or ""]}
     */
    public static String[] contentHeading(List<BodyNode> nodes) {
        String title = null;
        String description = "";
        List<Element> elements = new ArrayList<>();
        for (BodyNode n : nodes) {
            if (n instanceof Element e && !e.tag().equals("hr")) {
                elements.add(e);
            }
        }
        int i = 0;
        if (!elements.isEmpty() && elements.get(0).tag().equals("h1")) {
            title = elements.get(0).textContent();
            i = 1;
        }
        if (elements.size() > i && elements.get(i).tag().equals("p")) {
            description = elements.get(i).textContent();
        }
        return new String[] {title, description};
    }

    /**
     * The table of contents of a body, as {@code @nuxtjs/mdc} builds it.
     *
     * @param nodes the top-level nodes
     * @param title the toc title
     * @param searchDepth how deep to look for headings (1 = top level only)
     * @param depth the deepest heading linked, minus one (2 links h2 and h3)
     * @return the toc
     */
    public static Toc toc(List<BodyNode> nodes, String title, int searchDepth, int depth) {
        int d = depth < 1 || depth > 5 ? 1 : depth;
        List<TocLink> flat = new ArrayList<>();
        collectHeadings(nodes, 1, searchDepth, d, flat);
        return new Toc(title, searchDepth, depth, nest(flat), Map.of());
    }

    /**
     * The body Nuxt Content would store: minimark nodes plus the default toc.
     *
     * @param nodes the nodes
     * @return the body
     */
    public static Body body(List<BodyNode> nodes) {
        return Body.minimark(nodes, toc(nodes, "", 2, 2));
    }

    private static void collectHeadings(List<BodyNode> nodes, int level, int searchDepth, int depth, List<TocLink> out) {
        for (BodyNode n : nodes) {
            if (n instanceof Element e) {
                int h = headingLevel(e.tag());
                if (h >= 2 && h <= depth + 1) {
                    Object id = e.props().get("id");
                    out.add(new TocLink(id == null ? "" : String.valueOf(id), h, e.textContent(), List.of()));
                }
                if (level < searchDepth) {
                    collectHeadings(e.children(), level + 1, searchDepth, depth, out);
                }
            }
        }
    }

    private static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' ? tag.charAt(1) - '0' : 0;
    }

    private static List<TocLink> nest(List<TocLink> headers) {
        if (headers.size() <= 1) {
            return headers;
        }
        List<TocLink> top = new ArrayList<>();
        List<List<TocLink>> kids = new ArrayList<>();
        for (TocLink h : headers) {
            if (top.isEmpty() || h.depth() <= top.get(top.size() - 1).depth()) {
                top.add(h);
                kids.add(new ArrayList<>());
            } else {
                kids.get(kids.size() - 1).add(h);
            }
        }
        List<TocLink> out = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            TocLink t = top.get(i);
            out.add(new TocLink(t.id(), t.depth(), t.text(), nest(kids.get(i))));
        }
        return out;
    }

    // ---- blocks -------------------------------------------------------------------------

    private List<Object> block(Node node, int depth) {
        List<Object> out = block0(node, depth);
        if (!out.isEmpty() && out.get(0) instanceof Element0 e) {
            position(e, node);
        }
        return out;
    }

    /** Sets where an element starts from its node's first source span, in file terms. */
    private void position(Element0 e, Node node) {
        if (e.line >= 0 || suppressPositions > 0) {
            return;
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan span = spans.get(0);
        int column = span.getColumnIndex() + (node instanceof FencedCodeBlock f ? f.getFenceIndent() : 0);
        int[] at = map(span.getLineIndex(), column);
        e.line = at[0];
        e.column = at[1];
    }

    /** A line and column of the text being parsed as a line and column of the body. */
    private int[] map(int line, int column) {
        if (lineMap == null || line < 0 || line >= lineMap.length) {
            return new int[] {line, column};
        }
        return new int[] {lineMap[line][0], lineMap[line][1] + column};
    }

    private List<Object> block0(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            truncated = true;
            return List.of(plainText(node));
        }
        if (node instanceof Paragraph) {
            List<Object> kids = inlines(node, depth);
            if (kids.size() == 1 && kids.get(0) instanceof Element0 only && only.inlineComponent) {
                return kids;
            }
            return List.of(el("p", Map.of(), kids));
        }
        if (node instanceof Heading h) {
            List<Object> kids = inlines(node, depth);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", slugger.slug(textOf(kids)));
            return List.of(el("h" + h.getLevel(), props, kids));
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return List.of(list((ListBlock) node, depth));
        }
        if (node instanceof BlockQuote) {
            return List.of(el("blockquote", Map.of(), blocks(node, depth, true)));
        }
        if (node instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo().strip();
            return List.of(pre(info, f.getLiteral()));
        }
        if (node instanceof IndentedCodeBlock c) {
            return List.of(pre("", c.getLiteral()));
        }
        if (node instanceof ThematicBreak) {
            return List.of(el("hr", Map.of(), List.of()));
        }
        if (node instanceof HtmlBlock h) {
            return html(h.getLiteral());
        }
        if (node instanceof TableBlock) {
            return List.of(table(node, depth));
        }
        if (node instanceof MdcBlocks.Component c) {
            return List.of(component(c, depth));
        }
        if (node instanceof MdcBlocks.LineComponent c) {
            return MdcInlines.apply(new ArrayList<>(List.of(c.text)), this::inlineText);
        }
        return List.of();
    }

    // ---- MDC block components ---------------------------------------------------------

    private Object component(MdcBlocks.Component c, int depth) {
        Map<String, Object> attributes = Map.of();
        if (c.attributes != null) {
            MdcAttributes.Parsed parsed = MdcAttributes.parse(c.attributes, 0, false);
            if (parsed != null) {
                attributes = MdcAttributes.cleaned(parsed.pairs());
            }
        }
        Map<String, Object> props = Map.of();
        if (c.props != null) {
            String yaml = c.props.replaceFirst("\\s-+$", "");
            YamlTree tree = YamlTree.read(yaml, 1, SourceText.of("<props>", yaml), 10_000, new ArrayList<>());
            if (tree != null) {
                props = MdcAttributes.unflatten(tree.root());
            }
        }
        Element0 element = el(MdcAttributes.kebabCase(c.name), MdcAttributes.blockComponentHast(attributes, props),
                new ArrayList<>());
        int[] at = map(c.lineIndex, c.columnIndex);
        element.line = at[0];
        element.column = at[1];
        long lines = 0;
        for (MdcBlocks.Section section : c.sections) {
            lines += section.lines.size() + PARSE_COST;
        }
        reparseBudget -= lines;
        if (componentDepth >= MAX_COMPONENT_DEPTH || depth > MAX_DEPTH || reparseBudget < 0) {
            truncated = true;
            StringBuilder text = new StringBuilder();
            for (MdcBlocks.Section section : c.sections) {
                section.lines.forEach(l -> text.append(l.text()).append('\n'));
            }
            element.children.add(text.toString());
            return element;
        }
        componentDepth++;
        try {
            if (c.label != null) {
                element.children.addAll(inlineText(c.label));
            }
            for (MdcBlocks.Section section : c.sections) {
                List<Object> content = section(section, depth);
                Map<String, Object> slotAttributes = Map.of();
                if (section.attributes != null) {
                    MdcAttributes.Parsed parsed = MdcAttributes.parse(section.attributes, 0, false);
                    if (parsed != null) {
                        slotAttributes = MdcAttributes.cleaned(parsed.pairs());
                    }
                }
                if (section.name.isEmpty() || (section.name.equals("default") && slotAttributes.isEmpty())) {
                    element.children.addAll(content);
                } else {
                    Map<String, Object> slotProps = new LinkedHashMap<>(slotAttributes);
                    slotProps.put("v-slot:" + section.name, "");
                    element.children.add(el("template", MdcAttributes.hast(slotProps), content));
                }
            }
        } finally {
            componentDepth--;
        }
        return element;
    }

    private List<Object> section(MdcBlocks.Section section, int depth) {
        if (section.lines.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        for (MdcBlocks.Line l : section.lines) {
            text.append(l.text()).append('\n');
        }
        int[][] sectionMap = new int[section.lines.size()][];
        for (int k = 0; k < sectionMap.length; k++) {
            MdcBlocks.Line l = section.lines.get(k);
            sectionMap[k] = map(l.lineIndex(), l.columnIndex());
        }
        int[][] outer = lineMap;
        String outerSource = source;
        lineMap = sectionMap;
        source = text.toString();
        try {
            Node doc = PARSER.parse(source);
            List<Object> out = new ArrayList<>();
            for (Node child = doc.getFirstChild(); child != null; child = child.getNext()) {
                if (child != doc.getFirstChild()) {
                    out.add(EOL);
                }
                out.addAll(block(child, depth + 1));
            }
            return out;
        } finally {
            lineMap = outer;
            source = outerSource;
        }
    }

    private List<Object> blocks(Node parent, int depth, boolean wrap) {
        List<Object> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (wrap) {
                out.add(EOL);
            }
            out.addAll(block(c, depth + 1));
        }
        if (wrap && !out.isEmpty()) {
            out.add(EOL);
        }
        return out;
    }

    private Object list(ListBlock list, int depth) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (list instanceof OrderedList ol) {
            Integer start = ol.getMarkerStartNumber();
            if (start != null && start != 1) {
                props.put("start", start);
            }
        }
        boolean loose = !list.isTight();
        boolean anyTask = false;
        List<Object> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(EOL);
            Element0 li = listItem((ListItem) item, loose, depth + 1);
            anyTask |= li.props.containsKey("className");
            items.add(li);
        }
        items.add(EOL);
        if (anyTask) {
            props.put("className", List.of("contains-task-list"));
        }
        return el(list instanceof OrderedList ? "ol" : "ul", props, items);
    }

    private Element0 listItem(ListItem item, boolean loose, int depth) {
        List<Object> results = new ArrayList<>();
        List<Boolean> isParagraph = new ArrayList<>();
        Boolean checked = null;
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph) {
                List<Object> kids = new ArrayList<>(inlines(c, depth));
                if (first && !kids.isEmpty() && kids.get(0) instanceof String s) {
                    Matcher m = TASK.matcher(s);
                    if (m.find()) {
                        checked = !m.group(1).equals(" ");
                        kids.set(0, s.substring(m.end()));
                        Map<String, Object> in = new LinkedHashMap<>();
                        // hast holds checked: false, which counts when properties are ordered and is then dropped
                        in.put("checked", checked ? Boolean.TRUE : UNDEFINED);
                        in.put("disabled", true);
                        in.put("type", "checkbox");
                        kids.add(0, el("input", in, List.of()));
                    }
                }
                results.add(kids);
                isParagraph.add(true);
            } else {
                results.add(block(c, depth + 1));
                isParagraph.add(false);
            }
            first = false;
        }
        List<Object> children = new ArrayList<>();
        boolean previousParagraph = false;
        for (int i = 0; i < results.size(); i++) {
            boolean p = isParagraph.get(i);
            if (loose || i != 0 || !p) {
                children.add(EOL);
            }
            @SuppressWarnings("unchecked")
            List<Object> r = (List<Object>) results.get(i);
            if (p) {
                if (loose && previousParagraph) {
                    children.add(el("br", Map.of(), List.of()));
                }
                if (loose) {
                    children.add(new Unwrapped(r));
                } else {
                    children.addAll(r);
                }
                previousParagraph = true;
            } else {
                children.addAll(r);
            }
        }
        if (!results.isEmpty() && (loose || !isParagraph.get(results.size() - 1))) {
            children.add(EOL);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (checked != null) {
            props.put("className", List.of("task-list-item"));
        }
        return el("li", props, children);
    }

    private Object pre(String info, String literal) {
        CodeInfo ci = CodeInfo.parse(info);
        String code = literal.isEmpty() ? "" : detab(literal);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("language", ci.language());
        props.put("filename", ci.filename() == null ? UNDEFINED : ci.filename());
        props.put("highlights", ci.highlights() == null ? UNDEFINED : ci.highlights());
        props.put("meta", ci.meta() == null ? UNDEFINED : ci.meta());
        props.put("code", code);
        props.put("className", List.of("language-" + ci.language()));
        Map<String, Object> codeProps = new LinkedHashMap<>();
        codeProps.put("__ignoreMap", "");
        return el("pre", props, List.of(el("code", codeProps, code.isEmpty() ? List.of() : List.of(code))));
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String detab(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 4 - col % 4;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.append(c);
                col = c == '\n' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    private Object table(Node table, int depth) {
        List<Object> parts = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            List<Object> rows = new ArrayList<>();
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Object> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TableCell tc = (TableCell) cell;
                    Map<String, Object> props = new LinkedHashMap<>();
                    if (tc.getAlignment() != null) {
                        props.put("align", tc.getAlignment().name().toLowerCase(Locale.ROOT));
                    }
                    cells.add(EOL);
                    cells.add(el(tc.isHeader() ? "th" : "td", props, inlines(cell, depth + 2)));
                }
                cells.add(EOL);
                rows.add(EOL);
                rows.add(el("tr", Map.of(), cells));
            }
            rows.add(EOL);
            if (section instanceof TableHead) {
                parts.add(EOL);
                parts.add(el("thead", Map.of(), rows));
            } else if (section instanceof TableBody && rows.size() > 1) {
                parts.add(EOL);
                parts.add(el("tbody", Map.of(), rows));
            }
        }
        parts.add(EOL);
        return el("table", Map.of(), parts);
    }

    private List<Object> html(String literal) {
        List<Object> out = new ArrayList<>();
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(literal).body();
        for (org.jsoup.nodes.Node n : body.childNodes()) {
            Object c = htmlNode(n, 0);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private @Nullable Object htmlNode(org.jsoup.nodes.Node n, int depth) {
        if (n instanceof TextNode t) {
            return t.getWholeText();
        }
        if (!(n instanceof org.jsoup.nodes.Element e) || depth > MAX_DEPTH) {
            return null;
        }
        Map<String, Object> props = HastProperties.of(e.attributes());
        List<Object> kids = new ArrayList<>();
        for (org.jsoup.nodes.Node c : e.childNodes()) {
            Object k = htmlNode(c, depth + 1);
            if (k != null) {
                kids.add(k);
            }
        }
        Element0 out = el(e.tagName(), props, kids);
        out.raw = true;
        return out;
    }

    // ---- inlines ------------------------------------------------------------------------

    private List<Object> inlines(Node parent, int depth) {
        List<Object> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, depth + 1, out);
        }
        return MdcInlines.apply(InlineHtml.nest(out), this::inlineText);
    }

    /** Inline Markdown in an MDC label, converted. */
    private List<Object> inlineText(String markdown) {
        if (!MdcInlines.mayHoldMarkup(markdown) || (reparseBudget -= PARSE_COST) < 0) {
            return new ArrayList<>(markdown.isEmpty() ? List.of() : List.of(Emoji.replace(markdown)));
        }
        suppressPositions++;
        String outerSource = source;
        source = markdown;
        try {
            Node doc = PARSER.parse(markdown);
            return doc.getFirstChild() instanceof Paragraph p ? inlines(p, MAX_DEPTH - 8) : new ArrayList<>(List.of(markdown));
        } finally {
            suppressPositions--;
            source = outerSource;
        }
    }

    private void inline(Node node, int depth, List<Object> out) {
        int before = out.size();
        inline0(node, depth, out);
        for (int i = before; i < out.size(); i++) {
            if (out.get(i) instanceof Element0 e) {
                position(e, node);
            }
        }
    }

    private void inline0(Node node, int depth, List<Object> out) {
        if (depth > MAX_DEPTH) {
            truncated = true;
            out.add(plainText(node));
            return;
        }
        if (node instanceof org.commonmark.node.Text t) {
            footnoteRefs(Emoji.replace(MdcInlines.markEscapes(t.getLiteral(), t.getSourceSpans(), source)), out);
        } else if (node instanceof SoftLineBreak) {
            out.add("\n");
        } else if (node instanceof HardLineBreak) {
            out.add(el("br", Map.of(), List.of()));
            out.add("\n");
        } else if (node instanceof Code c) {
            out.add(attributable(el("code", Map.of(), c.getLiteral().isEmpty() ? List.of() : List.of(c.getLiteral()))));
        } else if (node instanceof Emphasis) {
            out.add(attributable(el("em", Map.of(), inlines(node, depth))));
        } else if (node instanceof StrongEmphasis) {
            out.add(attributable(el("strong", Map.of(), inlines(node, depth))));
        } else if (node instanceof Strikethrough) {
            out.add(el("del", Map.of(), inlines(node, depth)));
        } else if (node instanceof Link && isShortcutReference(node)) {
            // remark-mdc reads [label] as a span before a shortcut reference is looked up
            Element0 span = el("span", new LinkedHashMap<>(), inlines(node, depth));
            span.attributable = true;
            out.add(span);
        } else if (node instanceof Link l) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("href", l.getDestination());
            if (l.getTitle() != null) {
                props.put("title", l.getTitle());
            }
            if (isExternal(l.getDestination())) {
                props.put("rel", List.of("nofollow"));
            }
            out.add(attributable(el("a", props, inlines(node, depth))));
        } else if (node instanceof Image i) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("src", i.getDestination());
            props.put("alt", textOf(inlines(node, depth)));
            if (i.getTitle() != null) {
                props.put("title", i.getTitle());
            }
            out.add(attributable(el("img", props, List.of())));
        } else if (node instanceof HtmlInline h) {
            out.add(new InlineHtml.Raw(h.getLiteral()));
        } else {
            out.addAll(inlines(node, depth));
        }
    }

    /** Whether a link is written as a shortcut reference, {@code [label]}, with nothing after the bracket. */
    private boolean isShortcutReference(Node link) {
        List<SourceSpan> spans = link.getSourceSpans();
        if (spans.isEmpty()) {
            return false;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        int from = first.getInputIndex();
        int to = last.getInputIndex() + last.getLength();
        if (from < 0 || to > source.length() || to <= from || source.charAt(from) != '[' || source.charAt(to - 1) != ']') {
            return false;
        }
        String written = source.substring(from, to);
        return !written.endsWith("[]") && !FULL_REFERENCE.matcher(written).matches();
    }

    private static Element0 attributable(Element0 e) {
        e.attributable = true;
        return e;
    }

    static boolean isExternal(String href) {
        try {
            URI u = new URI(href);
            String scheme = u.getScheme();
            return u.isAbsolute() && scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (java.net.URISyntaxException e) {
            String lower = href.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://");
        }
    }

    // ---- footnotes (GFM) ------------------------------------------------------------------

    private void collectFootnoteDefinitions(Document doc) {
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p && p.getFirstChild() instanceof org.commonmark.node.Text t && t.getLiteral().startsWith("[^")) {
                Matcher m = FOOTNOTE_DEF.matcher(t.getLiteral());
                if (m.find()) {
                    footnoteDefs.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), null);
                }
            }
        }
    }

    private boolean footnoteDefParagraph(Node c) {
        if (footnoteDefs.isEmpty() || !(c instanceof Paragraph) || !(c.getFirstChild() instanceof org.commonmark.node.Text t)) {
            return false;
        }
        Matcher m = FOOTNOTE_DEF.matcher(t.getLiteral());
        if (!m.find()) {
            return false;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        List<Object> kids = new ArrayList<>();
        String rest = t.getLiteral().substring(m.end());
        if (!rest.isEmpty()) {
            kids.add(Emoji.replace(rest));
        }
        for (Node n = t.getNext(); n != null; n = n.getNext()) {
            inline(n, 2, kids);
        }
        kids = InlineHtml.nest(kids);
        if (footnoteDefs.get(label) == null) {
            footnoteDefs.put(label, kids);
        }
        return true;
    }

    private void footnoteRefs(String text, List<Object> out) {
        if (footnoteDefs.isEmpty() || text.indexOf("[^") < 0) {
            out.add(text);
            return;
        }
        Matcher m = FOOTNOTE_REF.matcher(text);
        int last = 0;
        while (m.find()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            if (!footnoteDefs.containsKey(label)) {
                continue;
            }
            if (m.start() > last) {
                out.add(text.substring(last, m.start()));
            }
            if (!footnoteOrder.contains(label)) {
                footnoteOrder.add(label);
            }
            int number = footnoteOrder.indexOf(label) + 1;
            int count = footnoteRefCounts.merge(label, 1, Integer::sum);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("href", "#user-content-fn-" + label);
            props.put("ariaDescribedBy", List.of("footnote-label"));
            props.put("dataFootnoteRef", "");
            props.put("id", "user-content-fnref-" + label + (count > 1 ? "-" + count : ""));
            out.add(el("sup", Map.of(), List.of(el("a", props, List.of(String.valueOf(number))))));
            last = m.end();
        }
        if (last < text.length()) {
            out.add(text.substring(last));
        }
    }

    private void appendFootnotes(List<Object> raw) {
        if (footnoteOrder.isEmpty()) {
            return;
        }
        List<Object> items = new ArrayList<>();
        for (String label : footnoteOrder) {
            List<Object> content = new ArrayList<>();
            List<Object> def = footnoteDefs.get(label);
            if (def != null) {
                content.addAll(def);
            }
            int refs = footnoteRefCounts.getOrDefault(label, 1);
            for (int r = 1; r <= refs; r++) {
                content.add(" ");
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("href", "#user-content-fnref-" + label + (r > 1 ? "-" + r : ""));
                props.put("ariaLabel", "Back to reference " + (footnoteOrder.indexOf(label) + 1) + (r > 1 ? "-" + r : ""));
                props.put("className", List.of("data-footnote-backref"));
                props.put("dataFootnoteBackref", "");
                List<Object> arrow = new ArrayList<>();
                arrow.add("↩");
                if (r > 1) {
                    arrow.add(el("sup", Map.of(), List.of(String.valueOf(r))));
                }
                content.add(el("a", props, arrow));
            }
            Map<String, Object> liProps = new LinkedHashMap<>();
            liProps.put("id", "user-content-fn-" + label);
            items.add(EOL);
            items.add(el("li", liProps, content));
        }
        items.add(EOL);
        Map<String, Object> h2 = new LinkedHashMap<>();
        h2.put("className", List.of("sr-only"));
        h2.put("id", "footnote-label");
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("className", List.of("footnotes"));
        section.put("dataFootnotes", "");
        raw.add(EOL);
        raw.add(el("section", section, List.of(EOL, el("h2", h2, List.of("Footnotes")), EOL, el("ol", Map.of(), items), EOL)));
    }

    // ---- raw tree -------------------------------------------------------------------------

    /** A property the reference sets to {@code undefined}: it counts when properties are ordered, then JSON drops it. */
    static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    /** A mutable element while building. */
    static final class Element0 {
        final String tag;
        Map<String, Object> props;
        final List<Object> children;
        /** Where the element starts in the body (0-based), or -1 when unknown. */
        int line = -1;
        int column;
        /** Parsed from raw HTML (after the reference orders properties, so left in source order). */
        boolean raw;
        /** Made from Markdown that MDC attributes may follow: inline code, a link, an image, emphasis, a span. */
        boolean attributable;
        /** An inline MDC component ({@code :name[label]{attributes}}). */
        boolean inlineComponent;

        Element0(String tag, Map<String, Object> props, List<Object> children) {
            this.tag = tag;
            this.props = props;
            this.children = children;
        }
    }

    /**
     * Orders every element's properties as rehype-sort-attributes does: per tag name, the
     * property names used most often in the document first, ties by name.
     */
    private static void sortProperties(List<Object> raw) {
        Map<String, Map<String, Integer>> counts = new java.util.HashMap<>();
        List<Element0> all = new ArrayList<>();
        java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>(raw);
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o instanceof Unwrapped u) {
                u.children().forEach(stack::push);
            } else if (o instanceof Element0 e) {
                e.children.forEach(stack::push);
                if (!e.raw) {
                    all.add(e);
                    Map<String, Integer> c = counts.computeIfAbsent(e.tag, k -> new java.util.HashMap<>());
                    e.props.keySet().forEach(k -> c.merge(k, 1, Integer::sum));
                }
            }
        }
        for (Element0 e : all) {
            if (e.props.size() < 2) {
                continue;
            }
            Map<String, Integer> c = counts.get(e.tag);
            List<String> keys = new ArrayList<>(e.props.keySet());
            keys.sort((a, b) -> {
                int d = c.get(b) - c.get(a);
                return d != 0 ? d : a.compareTo(b);
            });
            Map<String, Object> sorted = new LinkedHashMap<>();
            keys.forEach(k -> sorted.put(k, e.props.get(k)));
            e.props = sorted;
        }
    }

    /** A loose list item's paragraph content: spliced in after text merging (mdc unwraps after rehype-raw). */
    private record Unwrapped(List<Object> children) {
    }

    static Element0 el(String tag, Map<String, Object> props, List<Object> children) {
        return new Element0(tag, props, children);
    }

    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            }
            List<Node> kids = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                kids.add(c);
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return sb.toString();
    }

    private static String textOf(List<Object> raw) {
        StringBuilder sb = new StringBuilder();
        for (BodyNode n : freeze(raw)) {
            sb.append(n instanceof Text t ? t.value() : ((Element) n).textContent());
        }
        return sb.toString();
    }

    /** Merges adjacent text (as rehype-raw does), then drops text nodes that are only newlines (as mdc's compiler does) and empty paragraphs. */
    private static List<BodyNode> freeze(List<Object> raw) {
        return freeze(raw, "/", 0, null);
    }

    /**
     * Merges adjacent text, drops newline-only text and empty paragraphs, and records where each
     * element went: {@code prefix + (offset + its index)}.
     */
    private static List<BodyNode> freeze(List<Object> raw, String prefix, int offset, @Nullable Map<String, int[]> positions) {
        List<Object> merged = new ArrayList<>();
        StringBuilder text = null;
        for (Object o : raw) {
            if (o instanceof String s) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(s);
            } else {
                if (text != null) {
                    merged.add(text.toString());
                    text = null;
                }
                merged.add(o);
            }
        }
        if (text != null) {
            merged.add(text.toString());
        }
        List<BodyNode> out = new ArrayList<>();
        for (Object o : merged) {
            if (o instanceof String s) {
                if (!onlyLineFeeds(s)) {
                    out.add(new Text(MdcInlines.unmarkEscapes(s)));
                }
            } else if (o instanceof Unwrapped u) {
                out.addAll(freeze(u.children(), prefix, offset + out.size(), positions));
            } else if (o instanceof InlineHtml.Raw) {
                continue;
            } else {
                Element0 e = (Element0) o;
                String pointer = prefix + (offset + out.size());
                List<BodyNode> kids = freeze(e.children, pointer + "/", 2, positions);
                if (e.tag.equals("p") && kids.stream().allMatch(k -> k instanceof Text t && t.value().isBlank())) {
                    continue;
                }
                Map<String, Object> props = e.props;
                if (props.containsValue(UNDEFINED)) {
                    props = new LinkedHashMap<>(props);
                    props.values().removeIf(v -> v == UNDEFINED);
                }
                if (positions != null && e.line >= 0) {
                    positions.put(pointer, new int[] {e.line, e.column});
                }
                out.add(new Element(e.tag, props, kids));
            }
        }
        return out;
    }

    /** Whether a text is empty or nothing but line feeds. */
    private static boolean onlyLineFeeds(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\n') {
                return false;
            }
        }
        return true;
    }
}
