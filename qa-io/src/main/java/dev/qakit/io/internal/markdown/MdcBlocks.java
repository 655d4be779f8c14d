package dev.qakit.io.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.jspecify.annotations.Nullable;

/**
 * MDC block components for commonmark-java: {@code ::name[label]{attributes}} … {@code ::},
 * read line by line as remark-mdc's container tokenizer reads them. The block keeps its raw
 * parts (opener, a {@code ---} YAML props section right after it, and its {@code #slot}
 * sections with their lines and where each line sits in the file); {@link Minimark} parses each
 * section's text as a Markdown document of its own, as remark-mdc does.
 *
 * <p>Closing: a line of exactly as many colons as the opener, when no nested component of that
 * size is open (a nested opener of the same size is counted, so same-size nesting works). An
 * unclosed component ends with the document.
 */
final class MdcBlocks {
    private MdcBlocks() {
    }

    /** One line of a component's content: its text (prefix removed) and where that text starts in the parsed text. */
    record Line(String text, int lineIndex, int columnIndex) {
    }

    /** A {@code #name} section (the first, unnamed one has name {@code ""}). */
    static final class Section {
        final String name;
        final @Nullable String attributes;
        final List<Line> lines = new ArrayList<>();

        Section(String name, @Nullable String attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }

    /** The parsed block. */
    static final class Component extends CustomBlock {
        final String name;
        final @Nullable String label;
        final @Nullable String attributes;
        final int lineIndex;
        final int columnIndex;
        @Nullable String props;
        int propsLineIndex = -1;
        final List<Section> sections = new ArrayList<>();

        Component(String name, @Nullable String label, @Nullable String attributes, int lineIndex, int columnIndex) {
            this.name = name;
            this.label = label;
            this.attributes = attributes;
            this.lineIndex = lineIndex;
            this.columnIndex = columnIndex;
        }
    }

    /** What an opening line holds. */
    record Opener(int colons, String name, @Nullable String label, @Nullable String attributes) {
    }

    /** Reads an opener at the start of {@code s}, or null. */
    static @Nullable Opener opener(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ':') {
            i++;
        }
        if (i < 2 || i >= s.length() || !MdcAttributes.isAsciiAlpha(s.charAt(i))) {
            return null;
        }
        int n = i;
        while (n < s.length() && (s.charAt(n) == '-' || s.charAt(n) == '_' || MdcAttributes.isAsciiAlphanumeric(s.charAt(n)))) {
            n++;
        }
        if (s.charAt(n - 1) == '_') {
            return null;
        }
        String name = s.substring(i, n);
        String label = null;
        if (n < s.length() && s.charAt(n) == '[') {
            int close = labelEnd(s, n);
            if (close > 0) {
                label = s.substring(n + 1, close);
                n = close + 1;
            }
        }
        String attributes = null;
        if (n < s.length() && s.charAt(n) == '{') {
            MdcAttributes.Parsed p = MdcAttributes.parse(s, n, false);
            if (p != null) {
                attributes = s.substring(n, p.end());
                n = p.end();
            }
        }
        while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\t')) {
            n++;
        }
        return n == s.length() ? new Opener(i, name, label, attributes) : null;
    }

    /** The index of the bracket closing a label opened at {@code open}, or -1. */
    static int labelEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** A line that is one inline component and nothing else: a block of its own, not a paragraph. */
    static final class LineComponent extends CustomBlock {
        final String text;

        LineComponent(String text) {
            this.text = text;
        }
    }

    /** Whether {@code s} is exactly one inline component ({@code :name}, then a label and attributes, either order). */
    static boolean isLineComponent(String s) {
        String t = s.strip();
        if (t.length() < 2 || t.charAt(0) != ':' || !MdcAttributes.isAsciiAlpha(t.charAt(1))) {
            return false;
        }
        int n = 1;
        while (n < t.length() && (t.charAt(n) == '-' || t.charAt(n) == '_' || MdcAttributes.isAsciiAlphanumeric(t.charAt(n)))) {
            n++;
        }
        if (t.charAt(n - 1) == '_') {
            return false;
        }
        boolean label = false;
        boolean attributes = false;
        for (int round = 0; round < 2 && n < t.length(); round++) {
            if (t.charAt(n) == '[' && !label) {
                int close = labelEnd(t, n);
                if (close < 0) {
                    return false;
                }
                n = close + 1;
                label = true;
            } else if (t.charAt(n) == '{' && !attributes) {
                MdcAttributes.Parsed p = MdcAttributes.parse(t, n, false);
                if (p == null) {
                    return false;
                }
                n = p.end();
                attributes = true;
            }
        }
        return n == t.length();
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public @Nullable BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            SourceLine line = state.getLine();
            CharSequence content = line.getContent();
            int start = state.getNextNonSpaceIndex();
            if (start >= content.length() || content.charAt(start) != ':') {
                return BlockStart.none();
            }
            String rest = content.subSequence(start, content.length()).toString();
            Opener o = opener(rest);
            if (o == null) {
                if (state.getIndent() < 4 && isLineComponent(rest)) {
                    return BlockStart.of(new LineParser(new LineComponent(rest.strip()))).atIndex(content.length());
                }
                return BlockStart.none();
            }
            SourceSpan span = line.getSourceSpan();
            int lineIndex = span == null ? 0 : span.getLineIndex();
            int column = span == null ? 0 : span.getColumnIndex();
            Component block = new Component(o.name(), o.label(), o.attributes(), lineIndex, column + start);
            return BlockStart.of(new ComponentParser(block, o.colons(), state.getIndent(), column + state.getIndex()))
                    .atIndex(content.length());
        }
    }

    /** A one-line block. */
    static final class LineParser extends AbstractBlockParser {
        private final LineComponent block;

        LineParser(LineComponent block) {
            this.block = block;
        }

        @Override
        public LineComponent getBlock() {
            return block;
        }

        @Override
        public @Nullable BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }
    }

    /** Collects a component's lines, as remark-mdc's container tokenizer walks them. */
    static final class ComponentParser extends AbstractBlockParser {
        private final Component block;
        private final int sizeOpen;
        private final int initialPrefix;
        private final List<Integer> childSizes = new ArrayList<>();
        private boolean firstLine = true;
        private boolean inProps;
        private StringBuilder props;
        private boolean inFence;
        private boolean fenceStripped;
        private boolean possibleIndented;
        private int containerIndent;
        private Section section = new Section("", null);

        ComponentParser(Component block, int sizeOpen, int initialPrefix, int baseColumn) {
            this.block = block;
            this.sizeOpen = sizeOpen;
            this.initialPrefix = initialPrefix;
            block.sections.add(section);
        }

        @Override
        public Component getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence content = state.getLine().getContent();
            int index = state.getIndex();
            String text = content.subSequence(Math.min(index, content.length()), content.length()).toString();
            SourceSpan span = state.getLine().getSourceSpan();
            int lineIndex = span == null ? 0 : span.getLineIndex();
            int baseColumn = (span == null ? 0 : span.getColumnIndex()) + index;
            return line(text, lineIndex, baseColumn) ? BlockContinue.finished() : BlockContinue.atIndex(content.length());
        }

        /** Handles one line; true when it closes the component. */
        private boolean line(String raw, int lineIndex, int baseColumn) {
            int prefix = spaces(raw, initialPrefix);
            String text = raw.substring(prefix);
            int column = baseColumn + prefix;
            if (firstLine) {
                firstLine = false;
                if (isSectionRule(raw) && prefix == initialPrefix) {
                    inProps = true;
                    props = new StringBuilder();
                    block.propsLineIndex = lineIndex + 1;
                    return false;
                }
            }
            if (inProps) {
                if (isSectionRule(raw) && spaces(raw, Integer.MAX_VALUE) == initialPrefix) {
                    inProps = false;
                    block.props = props.toString();
                } else {
                    props.append(raw).append('\n');
                }
                return false;
            }
            // remark-mdc: after an empty line, a line of spaces then ':' sets the indentation that
            // every later line loses (inside a fence only when the fence itself lost it)
            boolean attempt = possibleIndented;
            possibleIndented = raw.isEmpty();
            if (attempt && containerIndent == 0 && !inFence) {
                int sp = spaces(text, Integer.MAX_VALUE);
                if (sp > 0 && sp < text.length() && text.charAt(sp) == ':') {
                    containerIndent = sp;
                }
            }
            // the spaces taken off this line besides the initial prefix (a slot's '#' must have none)
            int stripped = 0;
            if (containerIndent > 0 && !(inFence && !fenceStripped)) {
                int sp = spaces(text, containerIndent);
                stripped = sp;
                if (sp < text.length() && (text.charAt(sp) == '`' || text.charAt(sp) == '~') && !inFence) {
                    fenceStripped = sp >= containerIndent;
                }
                text = text.substring(sp);
                column += sp;
            }
            if (!text.isEmpty() && (text.charAt(0) == '`' || text.charAt(0) == '~') && isFence(text)) {
                if (inFence) {
                    fenceStripped = false;
                }
                inFence = !inFence;
                add(text, lineIndex, column);
                return false;
            }
            if (inFence) {
                add(text, lineIndex, column);
                return false;
            }
            if (childSizes.isEmpty() && text.length() > 1 && text.charAt(0) == '#' && MdcAttributes.isAsciiAlpha(text.charAt(1))
                    && prefix + stripped == initialPrefix) {
                openSection(text);
                return false;
            }
            if (!text.isEmpty() && text.charAt(0) == ':') {
                int size = 0;
                while (size < text.length() && text.charAt(size) == ':') {
                    size++;
                }
                if (!childSizes.isEmpty()) {
                    if (size == childSizes.get(childSizes.size() - 1)) {
                        childSizes.remove(childSizes.size() - 1);
                    }
                } else if (size == sizeOpen) {
                    if (text.substring(size).isBlank()) {
                        if (props != null && block.props == null) {
                            block.props = props.toString();
                        }
                        return true;
                    }
                    childSizes.add(size);
                }
            }
            add(text, lineIndex, column);
            return false;
        }

        private void openSection(String text) {
            int i = 1;
            String attributes = null;
            StringBuilder title = new StringBuilder();
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '{') {
                    MdcAttributes.Parsed p = MdcAttributes.parse(text, i, false);
                    if (p != null) {
                        attributes = text.substring(i, p.end());
                        break;
                    }
                }
                title.append(c);
                i++;
            }
            section = new Section(title.toString().strip(), attributes);
            block.sections.add(section);
        }

        private void add(String text, int lineIndex, int column) {
            section.lines.add(new Line(text, lineIndex, column));
        }

        @Override
        public void closeBlock() {
            if (inProps && props != null && block.props == null) {
                block.props = props.toString();
            }
        }

        private static boolean isSectionRule(String raw) {
            String t = raw.strip();
            if (t.length() < 3 || t.charAt(0) != '-') {
                return false;
            }
            int dashes = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '-') {
                    dashes++;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return dashes + (t.length() - dashes) >= 3;
        }

        private static boolean isFence(String text) {
            int n = 0;
            while (n < text.length() && (text.charAt(n) == '`' || text.charAt(n) == '~')) {
                n++;
            }
            return n >= 3;
        }

        private static int spaces(String s, int max) {
            int i = 0;
            while (i < s.length() && i < max && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }
    }
}
