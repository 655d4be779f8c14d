package dev.qakit.io.internal.markdown;

import dev.qakit.model.BodyNode;
import dev.qakit.model.BodyNode.Element;
import dev.qakit.model.BodyNode.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a minimark body as Markdown that {@link Minimark} reads back to the same nodes: blocks
 * separated by blank lines, text escaped, code as fences, tables as GFM tables, task lists,
 * footnotes. A code block is written from its {@code code} prop, so a Shiki-highlighted block
 * comes back unhighlighted; the Shiki {@code style} node is left out. Elements Markdown has no
 * syntax for are written as HTML.
 */
public final class BodyWriter {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
            "pre", "hr", "table", "section", "style", "div");

    private BodyWriter() {
    }

    /**
     * Writes nodes.
     *
     * @param nodes the top-level nodes
     * @return the Markdown, ending with a newline (empty for no nodes)
     */
    public static String write(List<BodyNode> nodes) {
        String s = blocks(nodes);
        return s.isEmpty() ? "" : s + "\n";
    }

    private static String blocks(List<BodyNode> nodes) {
        List<String> parts = new ArrayList<>();
        List<BodyNode> run = new ArrayList<>();
        for (BodyNode n : nodes) {
            if (n instanceof Element e && (BLOCK_TAGS.contains(e.tag()) || MdcWriter.isComponent(e))) {
                flushRun(run, parts);
                String b = block(e);
                if (!b.isEmpty()) {
                    parts.add(b);
                }
            } else {
                run.add(n);
            }
        }
        flushRun(run, parts);
        return String.join("\n\n", parts);
    }

    private static void flushRun(List<BodyNode> run, List<String> parts) {
        if (!run.isEmpty()) {
            String s = inlines(run, false).strip();
            if (!s.isEmpty()) {
                parts.add(s);
            }
            run.clear();
        }
    }

    private static String block(Element e) {
        String tag = e.tag();
        switch (tag) {
            case "p" -> {
                return inlines(e.children(), false);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                return "#".repeat(tag.charAt(1) - '0') + " " + inlines(e.children(), false).replace('\n', ' ');
            }
            case "hr" -> {
                return "***";
            }
            case "blockquote" -> {
                return prefixLines(blocks(e.children()), "> ", ">");
            }
            case "pre" -> {
                return fence(e);
            }
            case "ul", "ol" -> {
                return list(e);
            }
            case "table" -> {
                return table(e);
            }
            case "section" -> {
                if (e.props().containsKey("dataFootnotes")) {
                    return footnotes(e);
                }
                return html(e);
            }
            case "style" -> {
                return "";
            }
            default -> {
                if (MdcWriter.isBlockComponent(e) || (MdcWriter.isComponent(e) && e.children().isEmpty())) {
                    return MdcWriter.block(e);
                }
                // a component with inline content on a line of its own is a block of its own
                return MdcWriter.isComponent(e) ? MdcWriter.inline(e) : html(e);
            }
        }
    }

    /** Writes block content (for {@link MdcWriter}). */
    static String blocksOf(List<BodyNode> nodes) {
        return blocks(nodes);
    }

    /** Writes inline content (for {@link MdcWriter}). */
    static String inlinesOf(List<BodyNode> nodes) {
        return inlines(nodes, false);
    }

    /**
     * Each line of a text with a prefix before it, an empty line with {@code emptyPrefix} (for
     * lists, quotes and {@link MdcWriter}'s indented sections).
     */
    static String prefixLines(String text, String prefix, String emptyPrefix) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines[i].isEmpty() ? emptyPrefix : prefix + lines[i]);
        }
        return sb.toString();
    }

    private static String fence(Element pre) {
        Object codeProp = pre.props().get("code");
        String code = codeProp instanceof String s ? s : pre.textContent();
        Object lang = pre.props().get("language");
        Object meta = pre.props().get("meta");
        int longest = longestRun(code, '`');
        String f = "`".repeat(Math.max(3, longest + 1));
        StringBuilder sb = new StringBuilder(f);
        // @nuxtjs/mdc gives a fence without an info string the language "text" and no meta
        if (lang instanceof String l && !l.isEmpty() && !(l.equals("text") && !pre.props().containsKey("meta"))) {
            sb.append(l);
            if (pre.props().get("filename") instanceof String name) {
                sb.append(" [").append(name.replaceAll("([\\[\\]{}().*+?^$|])", "\\\\$1")).append(']');
            }
            if (pre.props().get("highlights") instanceof List<?> lines && !lines.isEmpty()) {
                sb.append(" {").append(String.join(",", lines.stream().map(String::valueOf).toList())).append('}');
            }
            if (meta instanceof String m && !m.isEmpty()) {
                sb.append(' ').append(m);
            }
        }
        sb.append('\n').append(code);
        if (!code.isEmpty() && !code.endsWith("\n")) {
            sb.append('\n');
        }
        return sb.append(f).toString();
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    // ---- lists ----------------------------------------------------------------------------

    private static String list(Element list) {
        boolean ordered = list.tag().equals("ol");
        int number = ordered && list.props().get("start") instanceof Number n ? n.intValue() : 1;
        boolean loose = false;
        List<List<List<BodyNode>>> items = new ArrayList<>();
        for (BodyNode child : list.children()) {
            if (child instanceof Element li && li.tag().equals("li")) {
                List<List<BodyNode>> groups = itemGroups(li.children());
                items.add(groups);
                for (int i = 0; i < groups.size(); i++) {
                    List<BodyNode> g = groups.get(i);
                    boolean inline = isInlineGroup(g);
                    if (inline && i + 1 < groups.size() && isInlineGroup(groups.get(i + 1))) {
                        loose = true;
                    }
                    if (inline && i + 1 < groups.size() && !endsWithNewline(g)) {
                        loose = true;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<List<BodyNode>> groups : items) {
            if (sb.length() > 0) {
                sb.append(loose ? "\n\n" : "\n");
            }
            String marker = ordered ? (number++) + ". " : "- ";
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                List<BodyNode> g = groups.get(i);
                if (isInlineGroup(g)) {
                    String text = inlines(g, false);
                    if (!loose && text.endsWith("\n")) {
                        text = text.substring(0, text.length() - 1);
                    }
                    parts.add(text);
                } else {
                    parts.add(block((Element) g.get(0)));
                }
            }
            String content = String.join(loose ? "\n\n" : "\n", parts);
            String indent = " ".repeat(marker.length());
            String indented = prefixLines(content, indent, "");
            // An item whose first line is empty (an empty item, or one opening with a blank line) has no indent there to replace.
            sb.append(indented.startsWith(indent) ? marker + indented.substring(indent.length()) : marker.stripTrailing() + indented);
        }
        return sb.toString();
    }

    private static boolean endsWithNewline(List<BodyNode> g) {
        return !g.isEmpty() && g.get(g.size() - 1) instanceof Text t && t.value().endsWith("\n");
    }

    private static boolean isInlineGroup(List<BodyNode> g) {
        return !(g.size() == 1 && g.get(0) instanceof Element e && BLOCK_TAGS.contains(e.tag()));
    }

    /** Splits a list item's children into inline runs and single block elements; a {@code br} not followed by a newline separates paragraphs. */
    private static List<List<BodyNode>> itemGroups(List<BodyNode> children) {
        List<List<BodyNode>> groups = new ArrayList<>();
        List<BodyNode> run = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            BodyNode n = children.get(i);
            if (n instanceof Element e && (BLOCK_TAGS.contains(e.tag()) || MdcWriter.isComponent(e))) {
                if (!run.isEmpty()) {
                    groups.add(run);
                    run = new ArrayList<>();
                }
                groups.add(List.of(n));
            } else if (n instanceof Element e && e.tag().equals("br") && !(i + 1 < children.size()
                    && children.get(i + 1) instanceof Text t && t.value().startsWith("\n")) && !run.isEmpty()) {
                groups.add(run);
                run = new ArrayList<>();
            } else {
                run.add(n);
            }
        }
        if (!run.isEmpty()) {
            groups.add(run);
        }
        return groups;
    }

    // ---- tables ---------------------------------------------------------------------------

    private static String table(Element table) {
        List<Element> rows = new ArrayList<>();
        int headerRows = 0;
        for (BodyNode section : table.children()) {
            if (section instanceof Element s) {
                for (BodyNode r : s.children()) {
                    if (r instanceof Element row && row.tag().equals("tr")) {
                        rows.add(row);
                        if (s.tag().equals("thead")) {
                            headerRows++;
                        }
                    }
                }
            }
        }
        if (rows.isEmpty() || headerRows == 0) {
            return html(table);
        }
        StringBuilder sb = new StringBuilder();
        Element header = rows.get(0);
        List<String> aligns = new ArrayList<>();
        sb.append(row(header, aligns));
        sb.append("\n|");
        for (String a : aligns) {
            sb.append(switch (a) {
                case "left" -> ":--";
                case "right" -> "--:";
                case "center" -> ":-:";
                default -> "---";
            }).append('|');
        }
        for (int i = 1; i < rows.size(); i++) {
            sb.append('\n').append(row(rows.get(i), new ArrayList<>()));
        }
        return sb.toString();
    }

    private static String row(Element tr, List<String> aligns) {
        StringBuilder sb = new StringBuilder("|");
        for (BodyNode c : tr.children()) {
            if (c instanceof Element cell) {
                aligns.add(cell.props().get("align") instanceof String a ? a : "");
                String text = inlines(cell.children(), true).replace("\n", " ");
                sb.append(' ').append(text).append(text.isEmpty() ? "" : " ").append('|');
            }
        }
        return sb.toString();
    }

    // ---- footnotes ------------------------------------------------------------------------

    private static String footnotes(Element section) {
        List<String> defs = new ArrayList<>();
        for (BodyNode n : section.children()) {
            if (n instanceof Element ol && ol.tag().equals("ol")) {
                for (BodyNode item : ol.children()) {
                    if (item instanceof Element li && li.props().get("id") instanceof String id && id.startsWith("user-content-fn-")) {
                        List<BodyNode> content = new ArrayList<>();
                        for (BodyNode c : li.children()) {
                            if (c instanceof Element a && a.props().containsKey("dataFootnoteBackref")) {
                                continue;
                            }
                            content.add(c);
                        }
                        defs.add("[^" + id.substring("user-content-fn-".length()) + "]: " + inlines(content, false).strip());
                    }
                }
            }
        }
        return String.join("\n\n", defs);
    }

    // ---- inlines --------------------------------------------------------------------------

    private static String inlines(List<BodyNode> nodes, boolean inTable) {
        StringBuilder sb = new StringBuilder();
        boolean afterBreak = false;
        for (int at = 0; at < nodes.size(); at++) {
            BodyNode n = nodes.get(at);
            if (n instanceof Text t) {
                String v = t.value();
                if (afterBreak && v.startsWith("\n")) {
                    v = v.substring(1);
                }
                sb.append(escape(v, sb.length() == 0 || afterBreak || endsWithNewline(sb), inTable));
                afterBreak = false;
            } else {
                Element e = (Element) n;
                boolean hardBreak = e.tag().equals("br") && at + 1 < nodes.size() && nodes.get(at + 1) instanceof Text next
                        && next.value().startsWith("\n");
                afterBreak = hardBreak;
                // a line break with no line end after it was written as HTML
                sb.append(e.tag().equals("br") && !hardBreak ? "<br>" : inline(e, inTable));
            }
        }
        return sb.toString();
    }

    private static boolean endsWithNewline(StringBuilder sb) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n';
    }

    private static String inline(Element e, boolean inTable) {
        Map<String, Object> p = e.props();
        switch (e.tag()) {
            case "strong" -> {
                return "**" + inlines(e.children(), inTable) + "**" + MdcWriter.attributes(p, Set.of(), null);
            }
            case "em" -> {
                return "*" + inlines(e.children(), inTable) + "*" + MdcWriter.attributes(p, Set.of(), null);
            }
            case "del" -> {
                return "~~" + inlines(e.children(), inTable) + "~~";
            }
            case "code" -> {
                // a table cell ends at an unescaped |, also inside code
                return codeSpan(inTable ? e.textContent().replace("|", "\\|") : e.textContent()) + MdcWriter.attributes(p, Set.of("language", "className"),
                        p.get("language") instanceof String l ? l : null);
            }
            case "span" -> {
                return "[" + inlines(e.children(), inTable) + "]" + MdcWriter.attributes(p, Set.of(), null);
            }
            case "br" -> {
                return "\\\n";
            }
            case "a" -> {
                String href = p.get("href") instanceof String h ? h : "";
                if (Minimark.isExternal(href) && !p.containsKey("rel")) {
                    return html(e); // Markdown would add rel="nofollow": this link was HTML
                }
                Set<String> skip = Minimark.isExternal(href) && List.of("nofollow").equals(p.get("rel"))
                        ? Set.of("href", "title", "rel") : Set.of("href", "title");
                return "[" + inlines(e.children(), inTable) + "](" + destination(href) + title(p) + ")"
                        + MdcWriter.attributes(p, skip, null);
            }
            case "img" -> {
                String src = p.get("src") instanceof String s ? s : "";
                String alt = p.get("alt") instanceof String a ? a : "";
                return "![" + escape(alt, false, inTable) + "](" + destination(src) + title(p) + ")"
                        + MdcWriter.attributes(p, Set.of("src", "alt", "title"), null);
            }
            case "input" -> {
                return Boolean.TRUE.equals(p.get("checked")) ? "[x]" : "[ ]";
            }
            case "sup" -> {
                if (e.children().size() == 1 && e.children().get(0) instanceof Element a && a.props().containsKey("dataFootnoteRef")
                        && a.props().get("href") instanceof String h && h.startsWith("#user-content-fn-")) {
                    return "[^" + h.substring("#user-content-fn-".length()) + "]";
                }
                return html(e);
            }
            default -> {
                return MdcWriter.isInlineComponent(e) ? MdcWriter.inline(e) : html(e);
            }
        }
    }

    private static String title(Map<String, Object> props) {
        if (props.get("title") instanceof String t) {
            return " \"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return "";
    }

    private static String destination(String href) {
        boolean plain = !href.isEmpty();
        int depth = 0;
        for (int i = 0; i < href.length() && plain; i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c == '<') {
                plain = false;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                plain = --depth >= 0;
            }
        }
        if (plain && depth == 0) {
            return href.replace("\\", "\\\\");
        }
        return "<" + href.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>").replace("\n", " ") + ">";
    }

    private static String codeSpan(String code) {
        String ticks = "`".repeat(longestRun(code, '`') + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`")
                || (code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank());
        return ticks + (pad ? " " : "") + code + (pad ? " " : "") + ticks;
    }

    /** Backslash-escapes what Markdown would read as syntax; at line starts also block markers. */
    static String escape(String text, boolean atLineStart, boolean inTable) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean lineStart = atLineStart;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append(c);
                lineStart = true;
                continue;
            }
            if (lineStart) {
                if (c == '#' || c == '>' || c == '+' || c == '-' || c == '=') {
                    sb.append('\\').append(c);
                    lineStart = false;
                    continue;
                }
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j)) && j - i < 9) {
                    j++;
                }
                if (j > i && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    sb.append(text, i, j).append('\\').append(text.charAt(j));
                    i = j;
                    lineStart = false;
                    continue;
                }
            }
            lineStart = false;
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '~', '|', '{', '}' -> sb.append('\\').append(c);
                case ':' -> sb.append(i + 1 < text.length() && MdcAttributes.isAsciiAlpha(text.charAt(i + 1)) ? "\\:" : ":");
                case '&' -> {
                    if (i + 1 < text.length() && (Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '#')) {
                        sb.append("\\&");
                    } else {
                        sb.append(c);
                    }
                }
                case '!' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '[' ? "\\!" : "!");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String html(Element e) {
        StringBuilder sb = new StringBuilder();
        htmlTo(e, sb);
        return sb.toString().replace("\n\n", "\n&#10;\n");
    }

    private static void htmlTo(BodyNode n, StringBuilder sb) {
        if (n instanceof Text t) {
            sb.append(t.value().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            return;
        }
        Element e = (Element) n;
        sb.append('<').append(e.tag());
        for (Map.Entry<String, Object> a : e.props().entrySet()) {
            String name = BodyNode.htmlAttributeName(a.getKey());
            Object v = a.getValue();
            if (v == Boolean.TRUE) {
                sb.append(' ').append(name);
            } else if (v != Boolean.FALSE) {
                String value = v instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
                sb.append(' ').append(name).append("=\"").append(value.replace("&", "&amp;").replace("\"", "&quot;")).append('"');
            }
        }
        sb.append('>');
        for (BodyNode c : e.children()) {
            htmlTo(c, sb);
        }
        sb.append("</").append(e.tag()).append('>');
    }
}
