package dev.qakit.io.internal.markdown;

import dev.qakit.io.SourceMap;
import dev.qakit.model.JsonNull;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Frontmatter YAML turned into plain Java values, with the file location of every value.
 *
 * <p>YAML 1.2 core schema (as the {@code yaml} package Nuxt Content uses): {@code no}, {@code on}
 * and dates stay strings; {@code null}/{@code ~}/empty is {@link JsonNull#INSTANCE}; integers
 * become {@code Integer} or {@code Long} (a float with an integral value too, as JavaScript
 * has one number type), other numbers {@code Double}. Maps are ordered; a duplicate key keeps
 * its first position and takes the last value (as JavaScript objects do) and is reported.
 * Anchors and aliases are followed, but the number of values produced through aliases is
 * bounded, and a recursive alias is refused.
 */
public final class YamlTree {
    /** The tree of empty frontmatter (no content, or only comments). */
    static final YamlTree EMPTY = new YamlTree(Map.of(), Map.of(), Map.of(), Map.of());
    /**
     * Whether {@link #read} tries {@link FastYaml} first: unless the system property
     * {@code qakit.yaml.fast} is {@code false} when this class loads, for diagnosis (every text is
     * then composed by snakeyaml-engine) and for the benchmark that measures what the fast path gains.
     */
    private static final boolean FAST = !"false".equals(System.getProperty("qakit.yaml.fast"));

    private final Map<String, Object> root;
    private final Map<String, SourceLocation> locations;
    private final Map<String, SourceLocation> keyLocations;
    private final Map<String, SourceLocation> scalarEnds;

    YamlTree(Map<String, Object> root, Map<String, SourceLocation> locations, Map<String, SourceLocation> keyLocations,
            Map<String, SourceLocation> scalarEnds) {
        this.root = root;
        this.locations = locations;
        this.keyLocations = keyLocations;
        this.scalarEnds = scalarEnds;
    }

    /** @return the top-level mapping, in order (empty for empty frontmatter) */
    public Map<String, Object> root() {
        return root;
    }

    /**
     * Locations by YAML pointer: {@code /title}, {@code /questions/2/a}, keys unescaped as JSON
     * Pointer tokens (see {@link SourceMap#escape(String)}).
     *
     * @return the locations
     */
    public Map<String, SourceLocation> locations() {
        return locations;
    }

    /**
     * The locations of mapping keys, by the YAML pointer of their value ({@code /rules} is where
     * the key {@code rules} is written).
     *
     * @return the locations
     */
    public Map<String, SourceLocation> keyLocations() {
        return keyLocations;
    }

    /**
     * Where each scalar written once in the text ends (just past its closing quote, or its last
     * character when plain or a block), by YAML pointer; its start is in {@link #locations()}.
     * Scalars reached through an alias are left out: editing them is not editing one value.
     *
     * @return the end locations
     */
    public Map<String, SourceLocation> scalarEnds() {
        return scalarEnds;
    }

    /**
     * Reads and converts a frontmatter block.
     *
     * <p>Most frontmatter is read by {@link FastYaml}, which reads the YAML that frontmatter is
     * usually made of and hands anything else back; what it hands back is composed by
     * snakeyaml-engine ({@link #composed}). Both give the same tree, locations and problems.
     *
     * @param yaml the YAML text
     * @param firstLine the file line of the YAML's first line
     * @param text the whole file, for locations
     * @param maxAliasExpansion how many values aliases may produce in total
     * @param problems where problems go
     * @return the tree, or null when the YAML could not be read (an error is added)
     */
    public static @Nullable YamlTree read(String yaml, int firstLine, SourceText text, int maxAliasExpansion, List<Problem> problems) {
        YamlTree fast = FAST ? FastYaml.read(yaml, firstLine, text, problems) : null;
        return fast != null ? fast : composed(yaml, firstLine, text, maxAliasExpansion, problems);
    }

    /**
     * Composes a frontmatter block with snakeyaml-engine and converts it: what {@link #read} does
     * with any text {@link FastYaml} hands back.
     *
     * @param yaml the YAML text
     * @param firstLine the file line of the YAML's first line
     * @param text the whole file, for locations
     * @param maxAliasExpansion how many values aliases may produce in total
     * @param problems where problems go
     * @return the tree, or null when the YAML could not be read (an error is added)
     */
    static @Nullable YamlTree composed(String yaml, int firstLine, SourceText text, int maxAliasExpansion, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setLabel(text.source())
                .setMaxAliasesForCollections(Math.max(50, maxAliasExpansion))
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .build();
        Optional<Node> node;
        StreamReader reader = new StreamReader(settings, new WholePairs(yaml));
        try {
            node = new Composer(settings, new RecursionGuard(new ParserImpl(settings, reader))).getSingleNode();
        } catch (RecursiveAlias e) {
            problems.add(Problem.error("frontmatter.alias-limit", RECURSIVE_ALIAS,
                    e.collectionStart.map(m -> locate(m, yaml, lineStarts(yaml), firstLine, text)).orElse(text.at(firstLine, 1))));
            return null;
        } catch (MarkedYamlEngineException e) {
            SourceLocation at = e.getProblemMark().map(m -> locate(m, yaml, lineStarts(yaml), firstLine, text)).orElse(text.at(firstLine, 1));
            String msg = e.getProblem();
            if (e.getContext() != null && !e.getContext().isBlank()) {
                msg = e.getContext() + ": " + msg;
            }
            problems.add(Problem.error("frontmatter.yaml-syntax", "YAML " + msg, at));
            return null;
        } catch (YamlEngineException e) {
            String msg = String.valueOf(e.getMessage());
            boolean alias = msg.contains("alias");
            problems.add(Problem.error(alias ? "frontmatter.alias-limit" : "frontmatter.yaml-syntax",
                    alias ? "the frontmatter uses too many aliases (" + msg + ")" : "YAML " + msg, text.at(firstLine, 1)));
            return null;
        } catch (StackOverflowError e) {
            problems.add(Problem.error("frontmatter.too-deep", "the frontmatter nests too deeply to be read", text.at(firstLine, 1)));
            return null;
        } catch (RuntimeException e) {
            // snakeyaml-engine documents YamlEngineException for bad input; anything else it throws is its own
            // defect on this input (such as IllegalArgumentException for a tag whose %-escapes decode to blanks).
            // This is the one place such an exception is seen: it becomes a syntax error where the parser had
            // reached, and nothing else in qakit depends on its type.
            SourceLocation at = locate(reader.getLine(), reader.getColumn(), yaml, lineStarts(yaml), firstLine, text);
            problems.add(Problem.error("frontmatter.yaml-syntax", "YAML could not be read past this point: the YAML parser failed ("
                    + e + ")", at));
            return null;
        }
        if (node.isEmpty()) {
            return EMPTY;
        }
        Converter c = new Converter(yaml, firstLine, text, maxAliasExpansion, problems);
        Object value;
        try {
            value = c.convert(node.get(), "", 0);
        } catch (Abort a) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            return new YamlTree(map, Collections.unmodifiableMap(c.locations), Collections.unmodifiableMap(c.keyLocations),
                    Collections.unmodifiableMap(c.scalarEnds));
        }
        if (value == JsonNull.INSTANCE) {
            return EMPTY;
        }
        problems.add(Problem.error("frontmatter.type", "the frontmatter must be a mapping of keys to values, found " + describe(value),
                c.locations.getOrDefault("", text.at(firstLine, 1))));
        return null;
    }

    /**
     * A short name for a value's type, for messages.
     *
     * @param value the value
     * @return {@code a string}, {@code a number}, …
     */
    public static String describe(Object value) {
        if (value instanceof String s) {
            return "the string '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (value instanceof Number n) {
            return "the number " + n;
        }
        if (value instanceof Boolean b) {
            return "the boolean " + b;
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        return "null";
    }

    // ---- core-schema numbers, shared with FastYaml -------------------------------------------

    /**
     * The number an integer of the core schema stands for ({@code 12}, {@code -3}, {@code 0x1F},
     * {@code 0o17}), as {@link #number(double)} gives it.
     *
     * @param v the scalar's text, one the core schema tags as an integer
     * @return the number, or null when the text is none of those forms
     */
    static @Nullable Object integer(String v) {
        try {
            long l;
            if (isDecimal(v)) {
                l = Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            } else if (v.startsWith("0x")) {
                l = Long.parseLong(v.substring(2), 16);
            } else if (v.startsWith("0o")) {
                l = Long.parseLong(v.substring(2), 8);
            } else {
                return null;
            }
            return number((double) l);
        } catch (NumberFormatException e) {
            return v.startsWith("0x") || v.startsWith("0o")
                    ? number(new java.math.BigInteger(v.substring(2), v.startsWith("0x") ? 16 : 8).doubleValue()) : floating(v);
        }
    }

    /**
     * The number a float of the core schema stands for ({@code 1.5}, {@code -.inf}, {@code .NaN}).
     *
     * @param v the scalar's text, one the core schema tags as a float
     * @return the number, or null when Java cannot parse the text
     */
    static @Nullable Object floating(String v) {
        String t = v.toLowerCase(java.util.Locale.ROOT);
        double d;
        switch (t) {
            case ".inf", "+.inf" -> d = Double.POSITIVE_INFINITY;
            case "-.inf" -> d = Double.NEGATIVE_INFINITY;
            case ".nan" -> d = Double.NaN;
            default -> {
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return number(d);
    }

    /**
     * A number as JavaScript has it, in the narrowest Java type: an integral value within
     * ±2<sup>53</sup> becomes {@code Integer} or {@code Long}, anything else (fractions, larger
     * values, infinities, NaN, −0) stays {@code Double}.
     *
     * @param d the number
     * @return the value
     */
    static Object number(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.007199254740992E15 && !(d == 0 && 1 / d < 0)) {
            long l = (long) d;
            return l == (int) l ? (Object) Integer.valueOf((int) l) : (Object) Long.valueOf(l);
        }
        return d;
    }

    /**
     * Whether a text is a decimal integer, {@code [-+]?[0-9]+}.
     *
     * @param v the text
     * @return whether it is
     */
    static boolean isDecimal(String v) {
        int i = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        if (i == v.length()) {
            return false;
        }
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int[] lineStarts(String yaml) {
        return SourceText.lineStarts(yaml);
    }

    static SourceLocation locate(Mark mark, String yaml, int[] starts, int firstLine, SourceText text) {
        return locate(mark.getLine(), mark.getColumn(), yaml, starts, firstLine, text);
    }

    /**
     * The file location of a position in the YAML.
     *
     * @param line the 0-based line in the YAML
     * @param column the 0-based column, in code points
     * @param yaml the YAML text
     * @param starts its line starts
     * @param firstLine the file line of the YAML's first line
     * @param text the whole file
     * @return the location, with a 1-based column in UTF-16 units
     */
    static SourceLocation locate(int line, int column, String yaml, int[] starts, int firstLine, SourceText text) {
        int col;
        if (line >= starts.length) {
            col = column;
        } else {
            int lineStart = starts[line];
            int lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : yaml.length();
            int cps = yaml.codePointCount(lineStart, lineEnd);
            col = column <= cps
                    ? yaml.offsetByCodePoints(lineStart, column) - lineStart
                    : (lineEnd - lineStart) + (column - cps);
        }
        return text.at(firstLine + line, col + 1);
    }

    /**
     * The YAML text as the parser reads it: in chunks that never end between the two halves of a
     * surrogate pair. snakeyaml-engine's {@code StreamReader} fills its whole buffer and, when the
     * last char read is a high surrogate, reads one more char past the buffer's end (an
     * {@code IndexOutOfBoundsException} for any character outside the BMP, an emoji say, that
     * straddles the end of a read). Keeping pairs whole means it never has to.
     */
    private static final class WholePairs extends Reader {
        private final String text;
        private int pos;

        WholePairs(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            Objects.checkFromIndexSize(off, len, buf.length);
            if (len == 0) {
                return 0;
            }
            if (pos >= text.length()) {
                return -1;
            }
            int end = Math.min(text.length(), pos + len);
            if (end - pos > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text.getChars(pos, end, buf, off);
            int n = end - pos;
            pos = end;
            return n;
        }

        @Override
        public void close() {
            pos = text.length();
        }
    }

    /** Thrown inside the converter once a fatal problem is recorded. */
    private static final String RECURSIVE_ALIAS = "an alias refers to a collection that contains it; the value would be infinite";

    /**
     * Refuses an alias to a collection that is still open, before the composer sees it.
     * snakeyaml-engine 3.0.1 loops forever flattening a merge key whose source is the mapping
     * that holds it ({@code a: &a {<<: [*a]}}); any other recursive alias would be refused after
     * composing anyway, with the same problem at the same place.
     */
    private static final class RecursionGuard implements Parser {
        private final Parser parser;
        /** The anchors of the collections being read, innermost last; null for none. */
        private final Deque<Optional<String>> open = new ArrayDeque<>();
        /** The anchors whose latest definition is a collection still open, with where it starts. */
        private final Map<String, Optional<Mark>> openAnchors = new HashMap<>();

        RecursionGuard(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            switch (e.getEventId()) {
                case Alias -> {
                    Optional<Mark> start = openAnchors.get(((AliasEvent) e).getAlias().getValue());
                    if (start != null) {
                        throw new RecursiveAlias(start);
                    }
                }
                case Scalar -> ((NodeEvent) e).getAnchor().ifPresent(a -> openAnchors.remove(a.getValue()));
                case MappingStart, SequenceStart -> {
                    Optional<String> anchor = ((NodeEvent) e).getAnchor().map(a -> a.getValue());
                    anchor.ifPresent(a -> openAnchors.put(a, e.getStartMark()));
                    open.addLast(anchor);
                }
                case MappingEnd, SequenceEnd -> open.removeLast().ifPresent(openAnchors::remove);
                default -> {
                }
            }
            return e;
        }
    }

    private static final class RecursiveAlias extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<Mark> collectionStart;

        RecursiveAlias(Optional<Mark> collectionStart) {
            super(null, null, false, false);
            this.collectionStart = collectionStart;
        }
    }

    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private static final class Converter {
        private static final int MAX_DEPTH = 200;
        private final String yaml;
        private final int firstLine;
        private final SourceText text;
        private final int maxAliasExpansion;
        private final List<Problem> problems;
        private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
        private final Map<String, SourceLocation> keyLocations = new LinkedHashMap<>();
        private final Map<String, SourceLocation> scalarEnds = new LinkedHashMap<>();
        private final Map<Node, String> scalarPointers = new IdentityHashMap<>();
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Node> active = Collections.newSetFromMap(new IdentityHashMap<>());
        private int aliasDepth;
        private int expanded;
        private final int[] starts;

        Converter(String yaml, int firstLine, SourceText text, int maxAliasExpansion, List<Problem> problems) {
            this.yaml = yaml;
            this.firstLine = firstLine;
            this.text = text;
            this.maxAliasExpansion = maxAliasExpansion;
            this.problems = problems;
            this.starts = lineStarts(yaml);
        }

        private SourceLocation where(Node node) {
            return node.getStartMark().map(m -> locate(m, yaml, starts, firstLine, text)).orElse(text.at(firstLine, 1));
        }

        Object convert(Node node, String pointer, int depth) {
            if (depth > MAX_DEPTH) {
                problems.add(Problem.error("frontmatter.too-deep", "the frontmatter nests more than " + MAX_DEPTH + " levels deep", where(node)));
                throw new Abort();
            }
            boolean alias = !(node instanceof ScalarNode) && !seen.add(node);
            if (alias) {
                aliasDepth++;
            }
            if (aliasDepth > 0 && ++expanded > maxAliasExpansion) {
                problems.add(Problem.error("frontmatter.alias-limit",
                        "aliases expand to more than " + maxAliasExpansion + " values; the frontmatter is refused (an alias bomb?)", where(node)));
                throw new Abort();
            }
            if (aliasDepth == 0 || !locations.containsKey(pointer)) {
                locations.putIfAbsent(pointer, where(node));
            }
            try {
                if (node instanceof ScalarNode s) {
                    String other = scalarPointers.putIfAbsent(s, pointer);
                    if (other != null || aliasDepth > 0 || s.getAnchor().isPresent()) {
                        scalarEnds.remove(other == null ? pointer : other);
                    } else {
                        s.getEndMark().ifPresent(m -> scalarEnds.put(pointer, locate(m, yaml, starts, firstLine, text)));
                    }
                    return scalar(s);
                }
                if (!active.add(node)) {
                    problems.add(Problem.error("frontmatter.alias-limit", RECURSIVE_ALIAS, where(node)));
                    throw new Abort();
                }
                try {
                    if (node instanceof SequenceNode seq) {
                        List<Object> list = new ArrayList<>(seq.getValue().size());
                        int i = 0;
                        for (Node item : seq.getValue()) {
                            list.add(convert(item, pointer + "/" + i, depth + 1));
                            i++;
                        }
                        return Collections.unmodifiableList(list);
                    }
                    MappingNode map = (MappingNode) node;
                    Map<String, Object> out = new LinkedHashMap<>();
                    Map<String, SourceLocation> firstSeen = new LinkedHashMap<>();
                    for (NodeTuple t : map.getValue()) {
                        Node k = t.getKeyNode();
                        if (!(k instanceof ScalarNode ks)) {
                            problems.add(Problem.error("frontmatter.key", "a key must be a plain value, not a list or mapping", where(k)));
                            continue;
                        }
                        String key = ks.getValue();
                        SourceLocation keyAt = where(k);
                        SourceLocation before = firstSeen.putIfAbsent(key, keyAt);
                        if (before != null && aliasDepth == 0) {
                            problems.add(Problem.error("frontmatter.duplicate-key",
                                    "key '" + key + "' is given twice (first at line " + before.line() + "); the last value is used, as Nuxt Content does",
                                    keyAt));
                        }
                        String childPointer = pointer + "/" + SourceMap.escape(key);
                        if (before != null) {
                            locations.remove(childPointer);
                            locations.keySet().removeIf(p -> p.startsWith(childPointer + "/"));
                        }
                        keyLocations.put(childPointer, keyAt);
                        out.put(key, convert(t.getValueNode(), childPointer, depth + 1));
                    }
                    return Collections.unmodifiableMap(out);
                } finally {
                    active.remove(node);
                }
            } finally {
                if (alias) {
                    aliasDepth--;
                }
            }
        }

        private Object scalar(ScalarNode s) {
            Tag tag = s.getTag();
            String v = s.getValue();
            if (Tag.NULL.equals(tag)) {
                return JsonNull.INSTANCE;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(v.equalsIgnoreCase("true"));
            }
            if (Tag.INT.equals(tag)) {
                Object n = integer(v);
                if (n != null) {
                    return n;
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                Object n = floating(v);
                if (n != null) {
                    return n;
                }
            }
            if (!Tag.STR.equals(tag) && !Tag.INT.equals(tag) && !Tag.FLOAT.equals(tag)) {
                problems.add(Problem.warning("frontmatter.tag", "tag " + tag.getValue() + " is not supported; the value is read as a string", where(s)));
            }
            return v;
        }
    }

}
