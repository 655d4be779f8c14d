package dev.qakit.io.internal.markdown;

import dev.qakit.io.internal.markdown.Minimark.Element0;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * MDC's inline syntax over one run of converted inline content (text pieces and elements, as
 * commonmark-java left them): attributes after inline code, links, images, emphasis and spans
 * ({@code `x`{lang="ts"}}, {@code [a](/b){.c}}), spans ({@code [text]{.class}}), inline
 * components ({@code :badge[New]{color="red"}}, {@code :icon{name="x"}}, {@code :br}) and
 * bindings ({@code {{ $doc.title }}}), as remark-mdc tokenizes them.
 */
final class MdcInlines {
    private static final int MAX_PIECES = 100_000;

    private MdcInlines() {
    }

    /**
     * Applies MDC's inline syntax.
     *
     * @param in the converted inline content
     * @param parseLabel converts a label's Markdown to inline content
     * @return the content with MDC constructs as elements
     */
    static List<Object> apply(List<Object> in, Function<String, List<Object>> parseLabel) {
        boolean any = false;
        for (Object o : in) {
            if (o instanceof String s && (s.indexOf('{') >= 0 || s.indexOf(':') >= 0 || s.indexOf('[') >= 0)) {
                any = true;
                break;
            }
        }
        if (!any || in.size() > MAX_PIECES) {
            return in;
        }
        List<Object> merged = new ArrayList<>();
        StringBuilder run = null;
        for (Object o : in) {
            if (o instanceof String s) {
                if (run == null) {
                    run = new StringBuilder();
                }
                run.append(s);
            } else {
                if (run != null) {
                    merged.add(run.toString());
                    run = null;
                }
                merged.add(o);
            }
        }
        if (run != null) {
            merged.add(run.toString());
        }
        merged = spansAcrossElements(new ArrayList<>(merged), parseLabel);
        List<Object> out = new ArrayList<>();
        for (Object o : merged) {
            if (o instanceof String s) {
                text(s, out, parseLabel);
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Spans whose label holds inline elements ({@code [`code` text]{.x}}): the {@code [} ends one
     * run of text and the {@code ]} starts a later one. The label becomes the span's content.
     */
    private static List<Object> spansAcrossElements(List<Object> merged, Function<String, List<Object>> parseLabel) {
        List<Object> out = new ArrayList<>(merged.size());
        int i = 0;
        while (i < merged.size()) {
            Object o = merged.get(i);
            int open = o instanceof String s ? unclosedBracket(s) : -1;
            int closeItem = -1;
            int close = -1;
            if (open >= 0) {
                for (int j = i + 1; j < merged.size() && j < i + 64; j++) {
                    if (merged.get(j) instanceof String t) {
                        int q = t.indexOf(']');
                        int b = t.indexOf('[');
                        if (q >= 0 && (b < 0 || q < b)) {
                            boolean followed = q + 1 < t.length() ? t.charAt(q + 1) == '(' || t.charAt(q + 1) == '['
                                    : j + 1 < merged.size() && merged.get(j + 1) instanceof String;
                            if (!followed) {
                                closeItem = j;
                                close = q;
                            }
                        }
                        break;
                    }
                }
            }
            if (closeItem < 0) {
                out.add(o);
                i++;
                continue;
            }
            String first = (String) o;
            String last = (String) merged.get(closeItem);
            List<Object> label = new ArrayList<>();
            if (open + 1 < first.length()) {
                label.add(first.substring(open + 1));
            }
            label.addAll(merged.subList(i + 1, closeItem));
            if (close > 0) {
                label.add(last.substring(0, close));
            }
            if (open > 0) {
                out.add(first.substring(0, open));
            }
            Element0 span = Minimark.el("span", new LinkedHashMap<>(), new ArrayList<>(apply(label, parseLabel)));
            span.attributable = true;
            out.add(span);
            String rest = last.substring(close + 1);
            MdcAttributes.Parsed p = MdcAttributes.parse(rest, 0, true);
            if (p != null) {
                attach(span, p);
                rest = rest.substring(p.end());
            }
            if (rest.isEmpty()) {
                i = closeItem + 1;
            } else {
                // the rest of that text may open the next span
                merged.set(closeItem, rest);
                i = closeItem;
            }
        }
        return out;
    }

    /** The index of a {@code [} in {@code s} that no {@code ]} after it closes (and that starts no image or double bracket), or -1. */
    private static int unclosedBracket(String s) {
        int depth = 0;
        for (int k = s.length() - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                if (depth == 0) {
                    boolean image = k > 0 && s.charAt(k - 1) == '!';
                    boolean doubled = (k > 0 && s.charAt(k - 1) == '[') || (k + 1 < s.length() && s.charAt(k + 1) == '[');
                    return image || doubled ? -1 : k;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Stand-ins for MDC's syntax characters that the source escaped with a backslash, so that they stay text. */
    private static final String SYNTAX = ":{}[]";
    private static final char FIRST_MARK = '\uE000';

    /**
     * The text of a commonmark text node with its backslash-escaped MDC syntax characters
     * ({@code \:}, {@code \{}, {@code \[}, …) replaced by stand-ins, found by walking the node's
     * source spans beside its text; the text unchanged when the two cannot be matched.
     */
    static String markEscapes(String literal, List<org.commonmark.node.SourceSpan> spans, String source) {
        if (spans.isEmpty()) {
            return literal;
        }
        StringBuilder src = new StringBuilder();
        for (org.commonmark.node.SourceSpan span : spans) {
            int from = span.getInputIndex();
            int to = from + span.getLength();
            if (from < 0 || to > source.length()) {
                return literal;
            }
            src.append(source, from, to);
        }
        if (src.indexOf("\\") < 0) {
            return literal;
        }
        StringBuilder out = new StringBuilder(literal.length());
        int j = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (j + 1 < src.length() && src.charAt(j) == '\\' && src.charAt(j + 1) == c) {
                int k = SYNTAX.indexOf(c);
                out.append(k >= 0 ? (char) (FIRST_MARK + k) : c);
                j += 2;
            } else if (j < src.length() && src.charAt(j) == c) {
                out.append(c);
                j++;
            } else {
                return literal;
            }
        }
        return out.toString();
    }

    /** The text with the stand-ins of {@link #markEscapes} turned back into their characters. */
    static String unmarkEscapes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST_MARK && c < FIRST_MARK + SYNTAX.length()) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, SYNTAX.charAt(c - FIRST_MARK));
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whether a label's text may hold Markdown or MDC (else it is its own text, and need not be parsed). */
    static boolean mayHoldMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*_`[]<>!&\\:{}~".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return s.contains("http") || s.contains("www.");
    }

    private static void text(String s, List<Object> out, Function<String, List<Object>> parseLabel) {
        int lastBindingClose = s.lastIndexOf("}}");
        int i = 0;
        int plain = 0;
        if (!s.isEmpty() && s.charAt(0) == '{' && !out.isEmpty() && out.get(out.size() - 1) instanceof Element0 e && e.attributable) {
            MdcAttributes.Parsed p = MdcAttributes.parse(s, 0, true);
            if (p != null) {
                attach(e, p);
                i = p.end();
                plain = i;
            }
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{' && i + 2 <= lastBindingClose) {
                int close = s.indexOf("}}", i + 2);
                if (close >= 0) {
                    flush(s, plain, i, out);
                    out.add(binding(s.substring(i + 2, close)));
                    i = close + 2;
                    plain = i;
                    continue;
                }
            }
            if (c == ':' && i + 1 < s.length() && MdcAttributes.isAsciiAlpha(s.charAt(i + 1)) && previousAllows(s, i, out, plain)) {
                int end = component(s, i, out, parseLabel, plain);
                if (end > 0) {
                    i = end;
                    plain = i;
                    continue;
                }
            }
            if (c == '[' && (i == 0 || s.charAt(i - 1) != '[') && (i + 1 >= s.length() || s.charAt(i + 1) != '[')) {
                int close = MdcBlocks.labelEnd(s, i);
                if (close > 0 && (close + 1 >= s.length() || (s.charAt(close + 1) != '(' && s.charAt(close + 1) != '['))
                        && !isTaskBox(s.substring(i + 1, close), i, out)) {
                    flush(s, plain, i, out);
                    Element0 span = Minimark.el("span", new LinkedHashMap<>(), new ArrayList<>(parseLabel.apply(s.substring(i + 1, close))));
                    span.attributable = true;
                    out.add(span);
                    i = close + 1;
                    MdcAttributes.Parsed p = MdcAttributes.parse(s, i, true);
                    if (p != null) {
                        attach(span, p);
                        i = p.end();
                    }
                    plain = i;
                    continue;
                }
            }
            i++;
        }
        flush(s, plain, s.length(), out);
    }

    private static boolean isTaskBox(String label, int at, List<Object> out) {
        String box = label.strip();
        return at == 0 && out.isEmpty() && (box.isEmpty() || box.equals("x") || box.equals("X"));
    }

    private static void flush(String s, int from, int to, List<Object> out) {
        if (to > from) {
            out.add(s.substring(from, to));
        }
    }

    /** Whether the character before a {@code :} lets an inline component start there. */
    private static boolean previousAllows(String s, int i, List<Object> out, int plain) {
        if (i > 0) {
            char p = s.charAt(i - 1);
            return Character.isWhitespace(p) || p == '[' || p == '*' || p == '_' || p == '(';
        }
        if (out.isEmpty()) {
            return true;
        }
        Object last = out.get(out.size() - 1);
        if (last instanceof String t) {
            char p = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            return Character.isWhitespace(p) || p == '[' || p == '*' || p == '_' || p == '(';
        }
        return last instanceof Element0 e && (e.tag.equals("em") || e.tag.equals("strong") || e.tag.equals("br"));
    }

    /** Reads an inline component at {@code i}; returns the index after it, or -1. */
    private static int component(String s, int i, List<Object> out, Function<String, List<Object>> parseLabel, int plain) {
        int n = i + 1;
        while (n < s.length() && (s.charAt(n) == '-' || s.charAt(n) == '_' || MdcAttributes.isAsciiAlphanumeric(s.charAt(n)))) {
            n++;
        }
        if (s.charAt(n - 1) == '_' || (n < s.length() && s.charAt(n) == ':')) {
            return -1;
        }
        String name = s.substring(i + 1, n);
        List<Object> label = List.of();
        MdcAttributes.Parsed attributes = null;
        for (int round = 0; round < 2; round++) {
            if (n < s.length() && s.charAt(n) == '[' && label.isEmpty()) {
                int close = MdcBlocks.labelEnd(s, n);
                if (close > 0) {
                    label = parseLabel.apply(s.substring(n + 1, close));
                    n = close + 1;
                }
            } else if (n < s.length() && s.charAt(n) == '{' && attributes == null) {
                attributes = MdcAttributes.parse(s, n, true);
                if (attributes != null) {
                    n = attributes.end();
                }
            }
        }
        flush(s, plain, i, out);
        Map<String, Object> attrs = attributes == null ? Map.of() : MdcAttributes.cleaned(attributes.pairs());
        Element0 e = Minimark.el(MdcAttributes.kebabCase(name), MdcAttributes.hast(MdcAttributes.inlineComponentProperties(attrs)),
                new ArrayList<>(label));
        e.inlineComponent = true;
        out.add(e);
        return n;
    }

    private static Element0 binding(String content) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^|]*)(?:\\|\\|\\s*'(.*)')?").matcher(content);
        Map<String, Object> props = new LinkedHashMap<>();
        if (m.lookingAt()) {
            props.put("value", m.group(1).strip());
            props.put("defaultValue", m.group(2) == null ? Minimark.UNDEFINED : m.group(2));
        } else {
            props.put("value", content.strip());
        }
        return Minimark.el("binding", props, new ArrayList<>());
    }

    /** Attributes after inline code, a link, an image, emphasis or a span, as mdc's handlers apply them. */
    private static void attach(Element0 e, MdcAttributes.Parsed parsed) {
        Map<String, Object> attributes = MdcAttributes.cleaned(parsed.pairs());
        Map<String, Object> props = new LinkedHashMap<>();
        if (e.tag.equals("code")) {
            Object language = attributes.containsKey("language") ? attributes.get("language") : attributes.get("lang");
            StringBuilder classes = new StringBuilder(attributes.get("class") instanceof String c ? c : "");
            attributes.forEach((k, v) -> {
                if (!k.equals("class") && !(k.equals("lang") && language != null)) {
                    props.put(k, v);
                }
            });
            if (language != null) {
                props.put("language", language);
                classes.append(" language-").append(language);
            }
            props.put("className", classes.toString());
            e.props = MdcAttributes.hast(props);
            if (e.props.get("className") instanceof List<?> l && l.isEmpty()) {
                e.props.remove("className");
            }
            return;
        }
        attributes.forEach((k, v) -> props.put(k, v == Boolean.TRUE ? "" : v));
        props.putAll(e.props);
        e.props = MdcAttributes.hast(props);
    }
}
