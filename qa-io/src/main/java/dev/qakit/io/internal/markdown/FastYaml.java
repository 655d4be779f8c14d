package dev.qakit.io.internal.markdown;

import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.input.Utf8;
import dev.qakit.model.JsonNull;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A reader for the YAML frontmatter is made of, working directly on the text (as bytes: the
 * file's own when it is ASCII), that hands everything else back to snakeyaml-engine.
 *
 * <p>It reads block mappings and block sequences (a mapping may start on the line of its
 * sequence entry, {@code - id: x}; a sequence may sit at the indent of its key), plain, single-
 * and double-quoted scalars (folded over lines, every escape), literal and folded block scalars
 * with chomping and indentation indicators, flow sequences of scalars on one line
 * ({@code [a, "b", 3]}), empty values, comments and blank lines. Plain scalars resolve as the core
 * schema resolves them, and values, locations and duplicate-key problems come out exactly as
 * {@link YamlTree#composed} gives them: this class mirrors, for that subset, snakeyaml-engine
 * 3.0.1's scanner (indentation, simple keys, folding, marks) and the conversion of its nodes.
 *
 * <p>Anything else — anchors, aliases, tags, {@code ?} keys, flow mappings, nested or multi-line
 * flow sequences, directives and document markers, a tab where a token may start, a carriage
 * return, a byte-order mark or any character snakeyaml-engine reads differently, the merge key,
 * a root that is not a mapping, deep nesting — and any text that is not valid YAML is "not mine":
 * {@link #read} returns null and the caller composes the text, so its problems and their
 * locations are the parser's own.
 *
 * <p>Marks: snakeyaml-engine counts columns in code points and {@link YamlTree#locate} turns them
 * back into UTF-16 columns; on the text this class accepts that is the offset in the line, so it
 * uses the offset directly.
 */
final class FastYaml {
    /** Deeper than this, the text is handed back (frontmatter nests a few levels). */
    private static final int MAX_DEPTH = 64;
    /** A simple key ends within this many code points of its start, or the scanner refuses it. */
    private static final int MAX_SIMPLE_KEY = 1024;
    /** snakeyaml-engine's default code point limit of a document. */
    private static final int MAX_LENGTH = 3 * 1024 * 1024;
    /** What {@link #at(int)} gives past the end, as the scanner's {@code peek}; NUL is refused in the text. */
    private static final char END = '\0';
    /** The unit of a char that is not ASCII ({@link #units}). */
    private static final byte OTHER = (byte) 0x80;
    /** The first size of {@link #buf}: a scalar of a few lines; it grows as a longer one needs. */
    private static final int FIRST_BUFFER = 1024;
    private static final int STRIP = -1;
    private static final int CLIP = 0;
    private static final int KEEP = 1;

    private final String s;
    /**
     * The text's units, char {@code i} of {@link #s} being unit {@code o + i}: the file's bytes
     * when it is ASCII ({@link SourceText#ascii()}), else one unit per char ({@link #units}). Read
     * instead of {@link String#charAt(int)}, which costs a call and a range check per char where
     * only C1 compiles (the launcher's JIT), and searched eight units at a time.
     */
    private final byte[] b;
    private final int o;
    private final int n;
    private final int firstLine;
    private final SourceText text;
    private final Map<String, SourceLocation> locations;
    private final Map<String, SourceLocation> keyLocations;
    private final Map<String, SourceLocation> scalarEnds;
    private final List<Problem> problems = new ArrayList<>(0);
    /**
     * Where a scalar that is not one substring of the text is put together, one scalar at a
     * time; made at the first such scalar, {@value #FIRST_BUFFER} chars or the rest of the text
     * if shorter (no scalar's value is longer than the text it is written in).
     */
    private @Nullable StringBuilder buf;
    /** The reading position, its 0-based line and the offset at which that line starts. */
    private int pos;
    private int line;
    private int lineStart;
    /** Where the last scalar ended (its end mark), as position, line and line start. */
    private int endPos;
    private int endLine;
    private int endLineStart;
    /** The line of the last token read; the next token must be on a later line. */
    private int tokenLine;

    private FastYaml(String s, byte[] b, int o, int lines, int firstLine, SourceText text) {
        this.s = s;
        this.b = b;
        this.o = o;
        this.n = s.length();
        this.firstLine = firstLine;
        this.text = text;
        // About a value per line, up to a page's usual count: most frontmatter's maps never grow
        int values = Math.min(lines, 64);
        this.locations = new LinkedHashMap<>(values);
        this.keyLocations = new LinkedHashMap<>(values);
        this.scalarEnds = new LinkedHashMap<>(values);
    }

    /**
     * Reads a frontmatter block when it is made of what this class reads.
     *
     * @param yaml the YAML text: the file's text from the start of line {@code firstLine}
     * @param firstLine the file line of the YAML's first line
     * @param text the whole file, for locations
     * @param problems where problems go (duplicate keys); untouched when the text is handed back
     * @return the tree, or null when the text is not this class's to read
     */
    static @Nullable YamlTree read(String yaml, int firstLine, SourceText text, List<Problem> problems) {
        if (yaml.length() > MAX_LENGTH) {
            return null;
        }
        byte[] units = text.ascii();
        int o = units == null ? 0 : text.lineStart(firstLine);
        if (units != null && !yaml.isEmpty() && (o + yaml.length() > units.length || units[o] != yaml.charAt(0))) {
            units = null; // not the text at that line after all: read the chars
        }
        int lines;
        if (units != null) {
            int feeds = Utf8.plainLineFeeds(units, o, o + yaml.length());
            lines = feeds < 0 ? -1 : feeds + 1;
        } else {
            o = 0;
            units = new byte[yaml.length()];
            lines = units(yaml, units);
        }
        if (lines < 0) {
            return null;
        }
        FastYaml r = new FastYaml(yaml, units, o, lines, firstLine, text);
        YamlTree tree;
        try {
            tree = r.document();
        } catch (NotMine e) {
            return null;
        }
        problems.addAll(r.problems);
        return tree;
    }

    /**
     * Checks that every char of a text is one snakeyaml-engine reads as this class does —
     * printable (as its {@code StreamReader} requires), surrogates in pairs, and none of the
     * characters it counts differently: CR and NEL (line breaks to its scanner) and the BOM (not
     * counted in columns) — and writes the text's units: each ASCII char as its byte, every other
     * char as {@link #OTHER}, which the reader never looks for (it looks for ASCII indicators
     * only, and takes values from the text itself).
     *
     * @param s the text
     * @param units receives the units, one per char
     * @return the number of lines, or -1 when a char is not one of those
     */
    private static int units(String s, byte[] units) {
        // over an array: String.charAt costs a call and a range check per char where only C1 compiles (the launcher's JIT)
        char[] a = s.toCharArray();
        int n = a.length;
        int lines = 1;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c >= ' ' && c < 0x7F) {
                units[i] = (byte) c;
                continue;
            }
            if (c < ' ') {
                if (c == '\n') {
                    lines++;
                } else if (c != '\t') {
                    return -1;
                }
                units[i] = (byte) c;
                continue;
            }
            if (c <= 0x9F) {
                return -1;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == n || !Character.isLowSurrogate(a[i + 1])) {
                    return -1;
                }
                units[i++] = OTHER;
            } else if (Character.isLowSurrogate(c) || c == '\uFEFF' || c >= '\uFFFE') {
                return -1;
            }
            units[i] = OTHER;
        }
        return lines;
    }

    private YamlTree document() {
        skipToToken();
        if (pos == n) {
            return YamlTree.EMPTY;
        }
        Object root = blockNode(-1, "", 0);
        if (pos != n || !(root instanceof Map)) {
            throw NotMine.INSTANCE;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) root;
        return new YamlTree(map, Collections.unmodifiableMap(locations), Collections.unmodifiableMap(keyLocations),
                Collections.unmodifiableMap(scalarEnds));
    }

    // ---- structure ----------------------------------------------------------------------------

    /**
     * A node where a simple key may start: a line's first token, or the token after {@code - }.
     *
     * @param indent the column of the enclosing collection (the scanner's indent), -1 at the root
     */
    private Object blockNode(int indent, String pointer, int depth) {
        if (charAt(pos) == '-' && blankOrEnd(pos + 1)) {
            if (depth > MAX_DEPTH) {
                throw NotMine.INSTANCE;
            }
            return sequence(pos - lineStart, false, pointer, depth);
        }
        return node(indent, pointer, depth, true);
    }

    /**
     * A scalar or a flow sequence, or, when a simple key may start here and the scalar is followed
     * by {@code :} on its line, the block mapping it is the first key of. Leaves the position at
     * the next token.
     */
    private Object node(int indent, String pointer, int depth, boolean keyAllowed) {
        if (depth > MAX_DEPTH) {
            throw NotMine.INSTANCE;
        }
        int start = pos;
        int startLine = line;
        int startLineStart = lineStart;
        if (start == startLineStart && documentMarker()) {
            throw NotMine.INSTANCE;
        }
        char c = charAt(pos);
        Object value;
        switch (c) {
            case '[' -> {
                return flowSequence(pointer, depth);
            }
            case '|', '>' -> value = blockScalar(indent, c == '>');
            case '"', '\'' -> {
                String raw = quoted(c == '"');
                skipSpaces();
                if (keyAllowed && keyFollows(start, startLine)) {
                    return mapping(start - startLineStart, pointer, depth, raw, start, startLine, startLineStart);
                }
                value = raw;
            }
            default -> {
                if (!plainStart(c)) {
                    throw NotMine.INSTANCE;
                }
                String raw = plain(indent);
                if (keyAllowed && keyFollows(start, startLine)) {
                    if (raw.equals("<<")) {
                        throw NotMine.INSTANCE;
                    }
                    return mapping(start - startLineStart, pointer, depth, raw, start, startLine, startLineStart);
                }
                value = plainValue(raw);
                if (value == null) {
                    throw NotMine.INSTANCE;
                }
            }
        }
        locations.putIfAbsent(pointer, loc(startLine, start - startLineStart));
        scalarEnds.put(pointer, loc(endLine, endPos - endLineStart));
        skipToToken();
        return value;
    }

    /** Whether the scalar just read, which started at {@code start}, is a simple key: on one line and followed by {@code :}. */
    private boolean keyFollows(int start, int startLine) {
        if (tokenLine != startLine || line != startLine || at(pos) != ':' || !blankOrEnd(pos + 1)) {
            return false;
        }
        if (pos - start > MAX_SIMPLE_KEY) {
            throw NotMine.INSTANCE;
        }
        return true;
    }

    /**
     * A block mapping whose first key has been read; the position is at that key's {@code :}.
     *
     * @param column the mapping's column (its keys')
     */
    private Map<String, Object> mapping(int column, String pointer, int depth, String firstKey, int keyStart, int keyLine,
            int keyLineStart) {
        locations.putIfAbsent(pointer, loc(keyLine, keyStart - keyLineStart));
        Map<String, Object> out = new LinkedHashMap<>();
        @Nullable Map<String, SourceLocation> firstSeen = null;
        String key = firstKey;
        int kStart = keyStart;
        int kLine = keyLine;
        int kLineStart = keyLineStart;
        while (true) {
            SourceLocation keyAt = loc(kLine, kStart - kLineStart);
            String child = pointer + "/" + SourceMap.escape(key);
            if (out.containsKey(key)) {
                // The message names the line the key was first given at: keyLocations holds it
                // until the key is given again, and then firstSeen keeps it.
                if (firstSeen == null) {
                    firstSeen = new HashMap<>();
                }
                SourceLocation before = firstSeen.computeIfAbsent(key, k -> keyLocations.get(child));
                problems.add(Problem.error("frontmatter.duplicate-key",
                        "key '" + key + "' is given twice (first at line " + before.line() + "); the last value is used, as Nuxt Content does",
                        keyAt));
                locations.remove(child);
                String below = child + "/";
                locations.keySet().removeIf(p -> p.startsWith(below));
            }
            keyLocations.put(child, keyAt);
            int colonLine = line;
            int afterColon = ++pos - lineStart;
            tokenLine = line;
            skipSpaces();
            char c = at(pos);
            Object value;
            if (pos < n && c != '\n' && c != '#') {
                value = node(column, child, depth + 1, false);
            } else {
                skipToToken();
                int col = pos - lineStart;
                if (pos < n && col > column) {
                    value = blockNode(column, child, depth + 1);
                } else if (pos < n && col == column && charAt(pos) == '-' && blankOrEnd(pos + 1)) {
                    if (depth + 1 > MAX_DEPTH) {
                        throw NotMine.INSTANCE;
                    }
                    value = sequence(column, true, child, depth + 1);
                } else {
                    value = empty(child, colonLine, afterColon);
                }
            }
            out.put(key, value);
            if (!nextEntry(column)) {
                break;
            }
            kStart = pos;
            kLine = line;
            kLineStart = lineStart;
            key = key(column);
        }
        return Collections.unmodifiableMap(out);
    }

    /** A key at a line's first token, on one line and followed by {@code :}; leaves the position at the {@code :}. */
    private String key(int indent) {
        int start = pos;
        int startLine = line;
        if (documentMarker()) {
            throw NotMine.INSTANCE;
        }
        char c = charAt(pos);
        String raw;
        if (c == '"' || c == '\'') {
            raw = quoted(c == '"');
            skipSpaces();
        } else if (plainStart(c)) {
            raw = plain(indent);
            if (raw.equals("<<")) {
                throw NotMine.INSTANCE;
            }
        } else {
            throw NotMine.INSTANCE;
        }
        if (!keyFollows(start, startLine)) {
            throw NotMine.INSTANCE;
        }
        return raw;
    }

    /**
     * After an entry of a collection at {@code column}: whether the next token continues it. The
     * collection ends at the end of the text or at a token left of its column; a token right of
     * it, or on the line the entry ended on, is handed back.
     */
    private boolean nextEntry(int column) {
        if (pos == n) {
            return false;
        }
        int col = pos - lineStart;
        if (line == tokenLine || col > column) {
            throw NotMine.INSTANCE;
        }
        return col == column;
    }

    /**
     * A block sequence whose first {@code -} is at the position.
     *
     * @param column the column of its {@code -}
     * @param indentless whether it sits at the column of the mapping key it is the value of; it
     *     then ends at a token of that column that is not {@code -}
     */
    private List<Object> sequence(int column, boolean indentless, String pointer, int depth) {
        locations.putIfAbsent(pointer, loc(line, pos - lineStart));
        List<Object> out = new ArrayList<>();
        while (true) {
            int dashLine = line;
            int afterDash = ++pos - lineStart;
            tokenLine = line;
            String child = pointer + "/" + out.size();
            skipSpaces();
            char c = at(pos);
            Object value;
            if (pos < n && c != '\n' && c != '#') {
                value = blockNode(column, child, depth + 1);
            } else {
                skipToToken();
                if (pos < n && pos - lineStart > column) {
                    value = blockNode(column, child, depth + 1);
                } else {
                    value = empty(child, dashLine, afterDash);
                }
            }
            out.add(value);
            if (!nextEntry(column)) {
                break;
            }
            if (charAt(pos) != '-' || !blankOrEnd(pos + 1)) {
                if (indentless) {
                    break;
                }
                throw NotMine.INSTANCE;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** An empty value: null, located where the parser puts it (just after the {@code :} or {@code -}). */
    private Object empty(String pointer, int atLine, int column) {
        SourceLocation where = loc(atLine, column);
        locations.putIfAbsent(pointer, where);
        scalarEnds.put(pointer, where);
        return JsonNull.INSTANCE;
    }

    /** A flow sequence of scalars on one line, {@code [a, "b", 3]}; the position is at its {@code [}. */
    private List<Object> flowSequence(String pointer, int depth) {
        locations.putIfAbsent(pointer, loc(line, pos - lineStart));
        pos++;
        List<Object> out = new ArrayList<>();
        if (depth + 1 > MAX_DEPTH) {
            throw NotMine.INSTANCE;
        }
        skipFlowSpaces();
        if (at(pos) != ']') {
            while (true) {
                String child = pointer + "/" + out.size();
                int start = pos;
                int startLine = line;
                char c = at(pos);
                Object value;
                if (c == '"' || c == '\'') {
                    value = quoted(c == '"');
                    if (line != startLine) {
                        throw NotMine.INSTANCE;
                    }
                } else if (flowPlainStart(c)) {
                    value = plainValue(flowPlain());
                    if (value == null) {
                        throw NotMine.INSTANCE;
                    }
                } else {
                    throw NotMine.INSTANCE;
                }
                locations.putIfAbsent(child, loc(startLine, start - lineStart));
                scalarEnds.put(child, loc(endLine, endPos - endLineStart));
                out.add(value);
                skipFlowSpaces();
                if (at(pos) == ',') {
                    pos++;
                    skipFlowSpaces();
                    if (at(pos) == ']') {
                        break;
                    }
                } else if (at(pos) == ']') {
                    break;
                } else {
                    throw NotMine.INSTANCE;
                }
            }
        }
        pos++;
        tokenLine = line;
        skipToToken();
        return Collections.unmodifiableList(out);
    }

    // ---- scalars ------------------------------------------------------------------------------

    /**
     * A plain scalar in block context, as the scanner reads it: chunks of non-blank text, ended by
     * {@code ": "}, {@code " #"}, the end of the text or a line indented no more than the
     * enclosing collection; line breaks between chunks fold to a space, or to the breaks of the
     * empty lines between. Leaves the position past the blanks and breaks after the last chunk.
     */
    private String plain(int indent) {
        int plainIndent = indent + 1;
        int start = pos;
        StringBuilder folded = null;
        boolean first = true;
        int breaks = -1;
        while (at(pos) != '#') {
            int chunk = pos;
            while (pos < n) {
                char c = charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == ':' && blankOrEnd(pos + 1)) {
                    break;
                }
                pos++;
            }
            if (pos == chunk) {
                break;
            }
            if (breaks >= 0) {
                if (folded == null) {
                    folded = fresh().append(s, start, endPos);
                }
                if (breaks == 0) {
                    folded.append(' ');
                } else {
                    appendBreaks(folded, breaks);
                }
                folded.append(s, chunk, pos);
            } else if (!first && folded != null) {
                folded.append(s, endPos, pos);
            }
            first = false;
            endPos = pos;
            endLine = line;
            endLineStart = lineStart;
            // The blanks after the chunk: kept as written on the line, folded across lines.
            int blanks = pos;
            while (at(pos) == ' ' || at(pos) == '\t') {
                pos++;
            }
            breaks = -1;
            if (at(pos) == '\n') {
                newline();
                if (plainEndsAtMarker()) {
                    break;
                }
                breaks = 0;
                while (true) {
                    if (at(pos) == ' ') {
                        pos++;
                    } else if (at(pos) == '\n') {
                        newline();
                        breaks++;
                        if (plainEndsAtMarker()) {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if (plainEndsAtMarker() || at(pos) == '#' || pos - lineStart < plainIndent) {
                    break;
                }
            } else if (pos == blanks || at(pos) == '#') {
                break;
            }
        }
        tokenLine = endLine;
        return folded == null ? s.substring(start, endPos) : folded.toString();
    }

    /** At a line start inside a plain scalar: {@code ---} (whatever follows) or {@code ...} and a blank end it. */
    private boolean plainEndsAtMarker() {
        return pos == lineStart && (s.startsWith("---", pos) || s.startsWith("...", pos) && blankOrEnd(pos + 3));
    }

    /** A plain scalar in a flow sequence, on one line: chunks ended by blanks, {@code ,[]{}} and {@code :} before those. */
    private String flowPlain() {
        int start = pos;
        while (true) {
            int chunk = pos;
            while (pos < n) {
                char c = charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || flowIndicator(c) || c == ':' && (blankOrEnd(pos + 1) || flowIndicator(at(pos + 1)))) {
                    break;
                }
                pos++;
            }
            if (pos == chunk) {
                break;
            }
            endPos = pos;
            endLine = line;
            endLineStart = lineStart;
            int blanks = pos;
            while (at(pos) == ' ' || at(pos) == '\t') {
                pos++;
            }
            if (at(pos) == '\n') {
                throw NotMine.INSTANCE;
            }
            if (pos == blanks || at(pos) == '#') {
                break;
            }
        }
        tokenLine = line;
        return s.substring(start, endPos);
    }

    /**
     * A single- or double-quoted scalar, possibly over several lines; the position is at its
     * opening quote and ends past the closing one.
     */
    private String quoted(boolean dbl) {
        char quote = dbl ? '"' : '\'';
        int start = ++pos;
        StringBuilder sb = null;
        int run = pos;
        while (true) {
            // Non-blank text, with '' (single) or escapes (double).
            while (pos < n) {
                char c = charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n') {
                    break;
                }
                if (c == quote) {
                    if (dbl || at(pos + 1) != '\'') {
                        break;
                    }
                    sb = flush(sb, run, pos).append('\'');
                    pos += 2;
                    run = pos;
                } else if (dbl && c == '\\') {
                    sb = flush(sb, run, pos);
                    pos++;
                    escape(sb);
                    run = pos;
                } else {
                    pos++;
                }
            }
            if (at(pos) == quote) {
                break;
            }
            // Blanks: kept inside a line, folded at a line break.
            int blanks = pos;
            while (at(pos) == ' ' || at(pos) == '\t') {
                pos++;
            }
            if (pos == n) {
                throw NotMine.INSTANCE;
            }
            if (charAt(pos) == '\n') {
                sb = flush(sb, run, blanks);
                newline();
                int breaks = quotedBreaks();
                if (breaks == 0) {
                    sb.append(' ');
                } else {
                    appendBreaks(sb, breaks);
                }
                run = pos;
            }
        }
        String value = sb == null ? s.substring(start, pos) : sb.append(s, run, pos).toString();
        pos++;
        endPos = pos;
        endLine = line;
        endLineStart = lineStart;
        tokenLine = line;
        return value;
    }

    /** The text read so far of a quoted scalar that is not one substring. */
    private StringBuilder flush(@Nullable StringBuilder sb, int from, int to) {
        return (sb == null ? fresh() : sb).append(s, from, to);
    }

    /** The scalar buffer, emptied. */
    private StringBuilder fresh() {
        if (buf == null) {
            buf = new StringBuilder(Math.min(n - pos, FIRST_BUFFER));
        }
        buf.setLength(0);
        return buf;
    }

    /**
     * After a line break in a quoted scalar: skips the blanks and empty lines that follow and
     * counts the empty lines. A document marker at a line start ends the text there (an error).
     */
    private int quotedBreaks() {
        int breaks = 0;
        while (true) {
            if ((s.startsWith("---", pos) || s.startsWith("...", pos)) && blankOrEnd(pos + 3)) {
                throw NotMine.INSTANCE;
            }
            while (at(pos) == ' ' || at(pos) == '\t') {
                pos++;
            }
            if (at(pos) != '\n') {
                return breaks;
            }
            newline();
            breaks++;
        }
    }

    /** The escape after a backslash in a double-quoted scalar; the position is past the backslash. */
    private void escape(StringBuilder sb) {
        char c = at(pos);
        String single = switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't', '\t' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '/' -> "/";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            default -> null;
        };
        if (single != null) {
            sb.append(single);
            pos++;
            return;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits > 0) {
            pos++;
            if (pos + digits > n) {
                throw NotMine.INSTANCE;
            }
            long cp = 0;
            for (int i = 0; i < digits; i++) {
                int d = Character.digit(charAt(pos + i), 16);
                if (d < 0 || charAt(pos + i) > 'f') {
                    throw NotMine.INSTANCE;
                }
                cp = cp << 4 | d;
            }
            if (cp > Character.MAX_CODE_POINT) {
                throw NotMine.INSTANCE;
            }
            sb.appendCodePoint((int) cp);
            pos += digits;
            return;
        }
        if (c != '\n') {
            throw NotMine.INSTANCE;
        }
        // An escaped line break: the break and the next line's leading blanks are dropped.
        newline();
        appendBreaks(sb, quotedBreaks());
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar, as the scanner reads it; the
     * position is at the indicator and ends at the first line indented less than the content.
     */
    private String blockScalar(int indent, boolean folded) {
        int headerLine = line;
        pos++;
        int chomping = CLIP;
        int increment = 0;
        char c = at(pos);
        if (c == '-' || c == '+') {
            chomping = c == '-' ? STRIP : KEEP;
            c = at(++pos);
            if (Character.isDigit(c)) {
                increment = indentationIndicator(c);
                c = at(++pos);
            }
        } else if (Character.isDigit(c)) {
            increment = indentationIndicator(c);
            c = at(++pos);
            if (c == '-' || c == '+') {
                chomping = c == '-' ? STRIP : KEEP;
                c = at(++pos);
            }
        }
        if (pos < n && c != ' ' && c != '\n') {
            throw NotMine.INSTANCE;
        }
        skipSpaces();
        if (at(pos) == '#') {
            pos = lineEnd(pos);
        }
        if (pos < n) {
            if (charAt(pos) != '\n') {
                throw NotMine.INSTANCE;
            }
            newline();
        }
        int minIndent = Math.max(indent + 1, 1);
        int blockIndent;
        int breaks;
        markEnd();
        if (increment > 0) {
            blockIndent = minIndent + increment - 1;
            breaks = blockBreaks(blockIndent);
        } else {
            // The indentation is that of the first non-empty line.
            breaks = 0;
            int maxIndent = 0;
            while (at(pos) == ' ' || at(pos) == '\n') {
                if (charAt(pos) == '\n') {
                    newline();
                    breaks++;
                    markEnd();
                } else {
                    pos++;
                    maxIndent = Math.max(maxIndent, pos - lineStart);
                }
            }
            int first = pos - lineStart;
            if (first > 0 && first < maxIndent) {
                throw NotMine.INSTANCE;
            }
            blockIndent = Math.max(minIndent, first);
        }
        StringBuilder sb = fresh();
        boolean lineBreak = false;
        while (pos - lineStart == blockIndent && pos < n) {
            appendBreaks(sb, breaks);
            boolean leadingNonBlank = charAt(pos) != ' ' && charAt(pos) != '\t';
            int e = lineEnd(pos);
            sb.append(s, pos, e);
            pos = e;
            lineBreak = pos < n;
            if (lineBreak) {
                newline();
            }
            breaks = blockBreaks(blockIndent);
            if (pos - lineStart != blockIndent || pos == n) {
                break;
            }
            if (folded && lineBreak && leadingNonBlank && charAt(pos) != ' ' && charAt(pos) != '\t') {
                if (breaks == 0) {
                    sb.append(' ');
                }
            } else if (lineBreak) {
                sb.append('\n');
            }
        }
        if (chomping != STRIP && lineBreak) {
            sb.append('\n');
        }
        if (chomping == KEEP) {
            appendBreaks(sb, breaks);
        }
        tokenLine = headerLine;
        return sb.toString();
    }

    /** 1 to 9; the scanner refuses 0 and reads any other Unicode digit too, which is left to it. */
    private static int indentationIndicator(char c) {
        if (c < '1' || c > '9') {
            throw NotMine.INSTANCE;
        }
        return c - '0';
    }

    /**
     * Inside a block scalar: skips up to {@code blockIndent} spaces, then empty lines (each with
     * up to that many spaces), and counts the line breaks; the end mark follows the last break.
     */
    private int blockBreaks(int blockIndent) {
        markEnd();
        while (pos - lineStart < blockIndent && at(pos) == ' ') {
            pos++;
        }
        int breaks = 0;
        while (at(pos) == '\n') {
            newline();
            breaks++;
            markEnd();
            while (pos - lineStart < blockIndent && at(pos) == ' ') {
                pos++;
            }
        }
        return breaks;
    }

    private static void appendBreaks(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.append('\n');
        }
    }

    private void markEnd() {
        endPos = pos;
        endLine = line;
        endLineStart = lineStart;
    }

    /**
     * The value of a plain scalar as the core schema resolves it and {@link YamlTree} converts
     * it: null, booleans, integers (decimal, {@code 0o}, {@code 0x}) and floats (with
     * {@code .inf} and {@code .nan}) in their exact spellings, any other text a string.
     *
     * @param v the scalar's text
     * @return the value, or null for the two texts the schema gives other tags (the merge key
     *     {@code <<} and an {@code ${ENV}} reference)
     */
    static @Nullable Object plainValue(String v) {
        if (v.isEmpty()) {
            return JsonNull.INSTANCE;
        }
        switch (v.charAt(0)) {
            case '-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                if (isCoreInt(v)) {
                    Object i = YamlTree.integer(v);
                    return i != null ? i : v;
                }
                if (isCoreFloat(v)) {
                    Object f = YamlTree.floating(v);
                    return f != null ? f : v;
                }
            }
            case '.' -> {
                if (isCoreFloat(v)) {
                    Object f = YamlTree.floating(v);
                    return f != null ? f : v;
                }
            }
            case 't', 'T', 'f', 'F' -> {
                switch (v) {
                    case "true", "True", "TRUE" -> {
                        return Boolean.TRUE;
                    }
                    case "false", "False", "FALSE" -> {
                        return Boolean.FALSE;
                    }
                    default -> {
                    }
                }
            }
            case '$' -> {
                if (v.startsWith("${")) {
                    return null;
                }
            }
            case '<' -> {
                if (v.equals("<<")) {
                    return null;
                }
            }
            default -> {
            }
        }
        return switch (v) {
            case "~", "null", "Null", "NULL" -> JsonNull.INSTANCE;
            default -> v;
        };
    }

    /** {@code [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+}, the core schema's integers. */
    static boolean isCoreInt(String v) {
        int n = v.length();
        if (n > 2 && v.charAt(0) == '0' && (v.charAt(1) == 'o' || v.charAt(1) == 'x')) {
            int radix = v.charAt(1) == 'o' ? 8 : 16;
            for (int i = 2; i < n; i++) {
                char c = v.charAt(i);
                if (c > 'f' || Character.digit(c, radix) < 0) {
                    return false;
                }
            }
            return true;
        }
        return YamlTree.isDecimal(v);
    }

    /**
     * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) |
     * \.(nan|NaN|NAN)}, the core schema's floats.
     */
    static boolean isCoreFloat(String v) {
        int n = v.length();
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        if (n - i == 4 && v.charAt(i) == '.') {
            String word = v.substring(i + 1);
            if (word.equals("inf") || word.equals("Inf") || word.equals("INF")) {
                return true;
            }
            if (i == 0 && (word.equals("nan") || word.equals("NaN") || word.equals("NAN"))) {
                return true;
            }
        }
        int digits = i;
        while (i < n && isDigit(v.charAt(i))) {
            i++;
        }
        boolean whole = i > digits;
        if (i < n && v.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
            }
            if (!whole && i == fraction) {
                return false;
            }
        } else if (!whole) {
            return false;
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    // ---- characters ---------------------------------------------------------------------------

    private char at(int i) {
        return i < n ? charAt(i) : END;
    }

    /** The char at {@code i}, or {@link #OTHER} for a char that is not ASCII. */
    private char charAt(int i) {
        return (char) (b[o + i] & 0xFF);
    }

    /** Where the line holding {@code from} ends: its line feed, or the end of the text. */
    private int lineEnd(int from) {
        int e = Utf8.indexOf(b, (byte) '\n', o + from, o + n);
        return e < 0 ? n : e - o;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A blank, a line break or the end: what must follow {@code -}, {@code :} and document markers. */
    private boolean blankOrEnd(int i) {
        char c = at(i);
        return c == ' ' || c == '\t' || c == '\n' || c == END;
    }

    private static boolean flowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** Whether a plain scalar may start here in block context (the scanner's {@code checkPlain}). */
    private boolean plainStart(char c) {
        return switch (c) {
            case ' ', '\t', '\n', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> false;
            case '-', '?', ':' -> !blankOrEnd(pos + 1);
            default -> true;
        };
    }

    /** Whether a plain scalar may start here in a flow sequence (a {@code :} there is a value indicator). */
    private boolean flowPlainStart(char c) {
        return switch (c) {
            case ' ', '\t', '\n', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ':', END -> false;
            case '-', '?' -> !blankOrEnd(pos + 1) && at(pos + 1) != ',' && at(pos + 1) != ']';
            default -> true;
        };
    }

    /** At a line start: {@code ---} or {@code ...} followed by a blank or the end. */
    private boolean documentMarker() {
        return pos == lineStart && (s.startsWith("---", pos) || s.startsWith("...", pos)) && blankOrEnd(pos + 3);
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipSpaces() {
        while (at(pos) == ' ') {
            pos++;
        }
    }

    /** Between tokens in a flow sequence, which must stay on its line: spaces only. */
    private void skipFlowSpaces() {
        skipSpaces();
        char c = at(pos);
        if (c == '\t' || c == '\n' || c == '#' || c == END) {
            throw NotMine.INSTANCE;
        }
    }

    /** Skips spaces, comments and line breaks to the next token, as the scanner does in block context. */
    private void skipToToken() {
        while (pos < n) {
            char c = charAt(pos);
            if (c == ' ') {
                pos++;
            } else if (c == '\n') {
                newline();
            } else if (c == '#') {
                pos = lineEnd(pos);
            } else {
                return;
            }
        }
    }

    /** The file location of a position given as its 0-based YAML line and its offset in that line. */
    private SourceLocation loc(int yamlLine, int offset) {
        return text.at(firstLine + yamlLine, offset + 1);
    }

    /** The text is not this class's to read. Thrown from anywhere in a read; carries nothing. */
    private static final class NotMine extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotMine INSTANCE = new NotMine();

        private NotMine() {
            super(null, null, false, false);
        }
    }
}
