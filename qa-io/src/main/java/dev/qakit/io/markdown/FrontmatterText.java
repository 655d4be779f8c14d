package dev.qakit.io.markdown;

import dev.qakit.io.internal.markdown.Frontmatter;
import dev.qakit.io.internal.markdown.SourceText;
import dev.qakit.io.internal.markdown.YamlTree;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The frontmatter of a Markdown file as text, for edits that change only the bytes of the values
 * they fix: where each one-line scalar value is written (from the same source marks the reader
 * locates problems with) and how to replace it keeping its quoting style. Everything else of the
 * file (comments, key order, blank lines, line endings, a byte-order mark, the body) is left as
 * it is. Immutable.
 */
public final class FrontmatterText {
    /** Plain scalars the YAML 1.2 core schema reads as something other than a string. */
    private static final Pattern NOT_A_PLAIN_STRING = Pattern.compile(
            "~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
                    + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    private final String raw;
    private final int[] rawLineStarts;
    private final YamlTree tree;

    private FrontmatterText(String raw, YamlTree tree) {
        this.raw = raw;
        this.tree = tree;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == raw.length() || raw.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.rawLineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Reads a file's frontmatter.
     *
     * @param source the file's name, for locations
     * @param raw the file's text as read
     * @return the frontmatter, or empty when the file has none or its YAML cannot be read
     */
    public static Optional<FrontmatterText> of(String source, String raw) {
        List<Problem> problems = new ArrayList<>();
        SourceText text = SourceText.of(source, raw);
        Frontmatter fm = Frontmatter.split(text, problems);
        if (fm == null || fm.yaml() == null) {
            return Optional.empty();
        }
        YamlTree tree = YamlTree.read(fm.yaml(), fm.yamlFirstLine(), text, MarkdownReader.DEFAULT_MAX_ALIAS_EXPANSION, problems);
        return tree == null ? Optional.empty() : Optional.of(new FrontmatterText(raw, tree));
    }

    /**
     * The file's text as read.
     *
     * @return the text
     */
    public String text() {
        return raw;
    }

    /**
     * The frontmatter's values, as the reader sees them (YAML core schema, ordered maps).
     *
     * @return the top-level mapping
     */
    public Map<String, Object> values() {
        return tree.root();
    }

    /**
     * The scalar at a YAML pointer ({@code /questions/2/id}, {@code /order}), when it is written
     * on one line, once (not through an alias, without an anchor or tag) and in a form that
     * reads back as the value: plain, single- or double-quoted without escapes.
     *
     * @param pointer the YAML pointer
     * @return the scalar, or empty when there is none such
     */
    public Optional<Scalar> scalar(String pointer) {
        SourceLocation start = tree.locations().get(pointer);
        SourceLocation end = tree.scalarEnds().get(pointer);
        Object value = valueAt(pointer);
        if (start == null || end == null || value == null || start.line() != end.line() || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        int from = offset(start);
        int to = offset(end);
        if (from < 0 || to < from || to > raw.length()) {
            return Optional.empty();
        }
        String written = raw.substring(from, to);
        String text = String.valueOf(value);
        char style = written.isEmpty() ? ' ' : written.charAt(0);
        boolean readsBack = switch (style) {
            case '\'' -> written.equals("'" + text.replace("'", "''") + "'");
            case '"' -> text.indexOf('\\') < 0 && text.indexOf('"') < 0 && written.equals("\"" + text + "\"");
            default -> written.equals(text) || value instanceof Number && written.equals(written.strip()) && !written.isEmpty();
        };
        if (!readsBack || style != '\'' && style != '"' && (written.startsWith("!") || written.startsWith("&"))) {
            return Optional.empty();
        }
        return Optional.of(new Scalar(pointer, from, to, written, value, style == '\'' || style == '"' ? style : ' '));
    }

    private @Nullable Object valueAt(String pointer) {
        Object cursor = tree.root();
        if (pointer.isEmpty()) {
            return cursor;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (cursor instanceof Map<?, ?> m) {
                cursor = m.get(key);
            } else if (cursor instanceof List<?> l && key.matches("[0-9]+") && Integer.parseInt(key) < l.size()) {
                cursor = l.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return cursor;
    }

    private int offset(SourceLocation at) {
        if (at.line() < 1 || at.line() > rawLineStarts.length || at.column() < 1) {
            return -1;
        }
        return rawLineStarts[at.line() - 1] + at.column() - 1;
    }

    /**
     * One scalar value as written.
     *
     * @param pointer its YAML pointer
     * @param start the offset of its first character in the file's text
     * @param end the offset just past its last character
     * @param written the text from start to end, quotes included
     * @param value the value it holds
     * @param quote {@code '} or {@code "} for a quoted scalar, a space for a plain one
     */
    public record Scalar(String pointer, int start, int end, String written, Object value, char quote) {

        /**
         * How a new value is written in this scalar's style: inside the same quotes, or plain;
         * a string that would not read back as a string when plain ({@code 123}, {@code true},
         * {@code null}) is double-quoted.
         *
         * @param newValue the new value: a string of no quote, backslash or line break, or a number
         * @return the text to write in place of {@link #written()}
         * @throws IllegalArgumentException if the value cannot be written in place
         */
        public String rewrite(Object newValue) {
            String text = String.valueOf(newValue);
            if (text.isEmpty() || text.chars().anyMatch(c -> c == '\'' || c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '#')) {
                throw new IllegalArgumentException("'" + text + "' cannot be written in place");
            }
            if (quote != ' ') {
                return quote + text + quote;
            }
            boolean plainOk = newValue instanceof Number || !NOT_A_PLAIN_STRING.matcher(text).matches()
                    && !text.startsWith("-") && text.strip().equals(text) && !text.contains(": ");
            return plainOk ? text : "\"" + text + "\"";
        }
    }

    /**
     * One replacement in a file's text.
     *
     * @param start the offset of the first character replaced
     * @param end the offset just past the last character replaced
     * @param replacement the new text
     */
    public record Edit(int start, int end, String replacement) {
        /**
         * Checks the offsets.
         *
         * @param start the start
         * @param end the end
         * @param replacement the text
         */
        public Edit {
            Objects.requireNonNull(replacement, "replacement");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad edit range " + start + ".." + end);
            }
        }
    }

    /**
     * A text with edits applied; nothing else changes.
     *
     * @param text the text
     * @param edits edits that do not overlap, in any order
     * @return the new text
     * @throws IllegalArgumentException if two edits overlap or one is out of range
     */
    public static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at || e.end() > text.length()) {
                throw new IllegalArgumentException("edits overlap or leave the text: " + e);
            }
            sb.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
