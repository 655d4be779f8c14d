package dev.qakit.io.internal.markdown;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Frontmatter-like YAML for the differential fuzzer: random mixes of what {@link FastYaml} reads
 * (block mappings and sequences at random indents, compact mappings in sequences, plain scalars
 * over several lines, quoted scalars with escapes and folding, block scalars with every header,
 * flow sequences, comments, blank lines), with words chosen near the edges of the grammar and of
 * the core schema, then often mutated (indentation, quotes, colons, {@code #}, tabs, Unicode,
 * CRLF, truncation) so that many inputs lie just outside the subset or are not YAML at all. A
 * fifth of the inputs are token soups: a few of YAML's pieces in random order.
 * Deterministic: input {@code i} depends only on the seed and {@code i}.
 */
final class FrontmatterYamlGenerator {
    /** Words of frontmatter and of the core schema's edges. */
    private static final List<String> WORDS = List.of("title", "a", "Hello", "FastAPI", "easy", "x y", "é", "日本語", "\uD83D\uDE00",
            "null", "Null", "NULL", "~", "true", "False", "TRUE", "yes", "no", "on", "0", "-0", "+1", "12", "007", "0x1F", "0xfg", "0o17",
            "0o8", "1.5", "1.", ".5", "-.5", "1e5", "1E-3", "1e", "+.inf", "-.Inf", ".NaN", ".nan", "+.nan", "9007199254740993",
            "123456789012345678901234567890", "0x8000000000000000", "2026-06-20", "12:30", "a:b", "a::b", "http://x.test/a?b=c#d",
            "a#b", "a,b", "x]", "a'b", "a\"b", "\\", "-x", "?x", ":x", "--x", "$X", "<", "\u2028", "\u00a0", "a.b", "a-b", "x_1",
            "Question?", "It's", "C++", "C#", "50%", "a@b", "a`b", "a|b", "a>b", "a!b", "a&b", "a*b", "a{b}", "a[b]");
    /** Words that cannot start a plain scalar, or start something else: drawn now and then. */
    private static final List<String> EDGE = List.of("[x]", "{y}", "-", "...", "---", "%", "@x", "`x", "*x", "&x", "!x", "|x", ">x",
            "'x", "\"x", "#x", ",x", "]x", "}x", "? x", ": x", "- x");
    /** Words the fast path hands back, or that snakeyaml-engine reads in its own way: drawn rarely. */
    private static final List<String> RARE = List.of("${X}", "${X:-y}", "<<", "a\tb", "\u0085", "\uFEFF", "\r", "\u0007", "\uD800",
            "&a", "*a", "!!str", "{a: b}", "? x", "--- ", "%YAML", "\u0085x", "x\uFEFF");
    private static final List<String> ESCAPES = List.of("\\n", "\\t", "\\\\", "\\\"", "\\/", "\\ ", "\\0", "\\a", "\\b", "\\e", "\\f",
            "\\r", "\\v", "\\N", "\\_", "\\x41", "\\x0a", "\\u00e9", "\\uD83D\\uDE00", "\\uDE00", "\\U0001F600", "\\U0010FFFF",
            "\\\t", "\\\n  ", "\\\n\n ");
    /** Escapes snakeyaml-engine refuses (or reads past its limits): drawn rarely. */
    private static final List<String> BAD_ESCAPES = List.of("\\U00110000", "\\UFFFFFFFF", "\\xZZ", "\\q", "\\L", "\\P", "\\u12",
            "\\x4", "\\", "\\\u00e9", "\\\uD83D\uDE00", "\\u0661");
    private static final List<String> COMMENTS = List.of("# comment", "#", "# a: b", "#\t- x", "# \"quote");
    private static final List<String> INSERTS = List.of(" ", " ", "\t", "\n", "\n", ":", ":", "#", "#", "-", "-", "\"", "'", "\\", "|",
            ">", "[", "]", ",", "{", "}", "&", "*", "!", "?", "%", "@", "`", ".", "~", "0", "é", "\uD83D\uDE00", "\r", "\u0085", "\uFEFF",
            "\u00a0", "\u2028", "- ", ": ", " #", "\n  ", "\n- ");

    /** The tokens of the token soups: short texts made of YAML's pieces in any order. */
    private static final List<String> TOKENS = List.of("k: ", "k:", "k", "\n", "\n", "\n", " ", "  ", "- ", "-", "v", "w x", "'q'",
            "\"q\"", "\"a\\\nb\"", "'a\nb'", "|", ">", "|-", ">+", "|2", "[v, w]", "[", "]", ", ", " #c", "#", "\t", ":", "?", "1",
            "0x1", ".5", "~", "null", "é", "\uD83D\uDE00", "---", "...", "&a ", "*a", "!t ", "{a: b}", "\\", "'", "\"", "\\n");

    private final long seed;

    FrontmatterYamlGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Input number {@code i}.
     *
     * @param i the index
     * @return the YAML text
     */
    String input(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003 + i);
        if (r.nextInt(5) == 0) {
            // A token soup: finds the corners of the grammar that whole documents rarely reach.
            StringBuilder soup = new StringBuilder();
            for (int k = 1 + r.nextInt(16); k > 0; k--) {
                soup.append(TOKENS.get(r.nextInt(TOKENS.size())));
            }
            return soup.toString();
        }
        Gen g = new Gen(r);
        g.mapping(0, 0);
        String yaml = g.sb.toString();
        int mutations = r.nextInt(2) == 0 ? 0 : 1 + r.nextInt(r.nextInt(4) == 0 ? 6 : 2);
        for (int k = 0; k < mutations; k++) {
            yaml = mutate(yaml, r);
        }
        return yaml;
    }

    private static String mutate(String s, SplittableRandom r) {
        if (s.isEmpty()) {
            return INSERTS.get(r.nextInt(INSERTS.size()));
        }
        int at = r.nextInt(s.length() + 1);
        if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
            at--;
        }
        int lineStart = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) {
            lineStart = 0;
        }
        return switch (r.nextInt(11)) {
            case 0, 1 -> s.substring(0, at) + INSERTS.get(r.nextInt(INSERTS.size())) + s.substring(at);
            case 2 -> at < s.length() ? s.substring(0, at) + s.substring(at + Character.charCount(s.codePointAt(at))) : s;
            case 3 -> s.substring(0, lineStart) + " ".repeat(1 + r.nextInt(2)) + s.substring(lineStart);
            case 4 -> {
                int spaces = 0;
                while (lineStart + spaces < s.length() && s.charAt(lineStart + spaces) == ' ' && spaces < 2) {
                    spaces++;
                }
                yield s.substring(0, lineStart) + s.substring(lineStart + spaces);
            }
            case 5 -> s.substring(0, at);
            case 6 -> s.substring(0, lineStart) + "\t" + s.substring(lineStart);
            case 7 -> r.nextInt(4) == 0 ? s.replace("\n", "\r\n") : s.substring(0, at) + ": " + s.substring(at);
            case 8 -> {
                int end = s.indexOf('\n', at);
                String line = s.substring(lineStart, end < 0 ? s.length() : end + 1);
                yield s.substring(0, lineStart) + line + (line.endsWith("\n") ? "" : "\n") + s.substring(lineStart);
            }
            case 9 -> s.substring(0, at) + " #" + s.substring(at);
            default -> at < s.length() ? s.substring(0, at) + WORDS.get(r.nextInt(WORDS.size())) + s.substring(at + Character.charCount(s.codePointAt(at))) : s;
        };
    }

    /** One text being written. */
    private static final class Gen {
        private final SplittableRandom r;
        private final StringBuilder sb = new StringBuilder();
        private final int unit;

        Gen(SplittableRandom r) {
            this.r = r;
            this.unit = 1 + r.nextInt(4);
        }

        private boolean chance(int percent) {
            return r.nextInt(100) < percent;
        }

        private void indent(int col) {
            sb.append(" ".repeat(col));
        }

        /** Blank and comment lines, at random indents. */
        private void filler() {
            while (chance(12)) {
                if (chance(50)) {
                    indent(r.nextInt(6));
                } else {
                    indent(r.nextInt(6));
                    sb.append(COMMENTS.get(r.nextInt(COMMENTS.size())));
                }
                sb.append('\n');
            }
        }

        /** A block mapping whose keys are at {@code col}; the position is at a line start. */
        void mapping(int col, int depth) {
            int entries = 1 + r.nextInt(depth == 0 ? 8 : 4);
            for (int e = 0; e < entries; e++) {
                filler();
                indent(col);
                entry(col, depth);
            }
        }

        /** {@code key: value}, the key already indented; ends after a line break (or at the end). */
        private void entry(int col, int depth) {
            key();
            if (chance(8)) {
                sb.append(' ');
            }
            sb.append(':');
            value(col, depth);
        }

        private void key() {
            int k = r.nextInt(10);
            if (k < 6) {
                sb.append(plainWord(true));
            } else if (k < 8) {
                sb.append('"').append(doubleText(false)).append('"');
            } else {
                sb.append('\'').append(singleText(false)).append('\'');
            }
        }

        /** The value after a key's colon, and the line break that ends the entry. */
        private void value(int col, int depth) {
            int k = depth > 5 ? r.nextInt(6) : r.nextInt(12);
            switch (k) {
                case 0, 1, 2 -> {
                    sb.append(' ');
                    inlineScalar(col);
                    comment();
                    sb.append('\n');
                }
                case 3 -> {
                    comment();
                    sb.append('\n');
                }
                case 4 -> {
                    sb.append(' ');
                    blockScalar(col);
                }
                case 5 -> {
                    sb.append(' ');
                    flowSequence();
                    comment();
                    sb.append('\n');
                }
                case 6, 7 -> {
                    comment();
                    sb.append('\n');
                    mapping(col + 1 + r.nextInt(4), depth + 1);
                }
                case 8, 9 -> {
                    comment();
                    sb.append('\n');
                    sequence(chance(40) ? col : col + 1 + r.nextInt(3), depth + 1);
                }
                default -> {
                    comment();
                    sb.append('\n');
                    filler();
                    indent(col + 1 + r.nextInt(4));
                    inlineScalar(col);
                    comment();
                    sb.append('\n');
                }
            }
        }

        /** A block sequence whose dashes are at {@code col}. */
        private void sequence(int col, int depth) {
            int items = 1 + r.nextInt(4);
            for (int i = 0; i < items; i++) {
                filler();
                indent(col);
                sb.append('-');
                item(col, depth);
            }
        }

        private void item(int col, int depth) {
            int k = depth > 5 ? r.nextInt(4) : r.nextInt(9);
            switch (k) {
                case 0, 1 -> {
                    sb.append(' ');
                    inlineScalar(col);
                    comment();
                    sb.append('\n');
                }
                case 2 -> {
                    comment();
                    sb.append('\n');
                }
                case 3 -> {
                    sb.append(' ');
                    blockScalar(col);
                }
                case 4, 5 -> {
                    // A compact mapping: its first key on the dash's line.
                    int spaces = 1 + (chance(20) ? r.nextInt(3) : 0);
                    sb.append(" ".repeat(spaces));
                    int keyCol = col + 1 + spaces;
                    entry(keyCol, depth + 1);
                    int more = r.nextInt(3);
                    for (int e = 0; e < more; e++) {
                        filler();
                        indent(keyCol);
                        entry(keyCol, depth + 1);
                    }
                }
                case 6 -> {
                    sb.append(' ');
                    int inner = col + 2;
                    sb.append('-');
                    item(inner, depth + 1);
                    if (chance(50)) {
                        indent(inner);
                        sb.append('-');
                        item(inner, depth + 1);
                    }
                }
                case 7 -> {
                    sb.append(' ');
                    flowSequence();
                    sb.append('\n');
                }
                default -> {
                    sb.append('\n');
                    if (chance(50)) {
                        mapping(col + 1 + r.nextInt(3), depth + 1);
                    } else {
                        sequence(col + 1 + r.nextInt(3), depth + 1);
                    }
                }
            }
        }

        private void comment() {
            if (chance(15)) {
                sb.append(chance(95) ? " " : "\t").append(COMMENTS.get(r.nextInt(COMMENTS.size())));
            }
        }

        /** A scalar after {@code key: } or {@code - }, possibly continued on following lines. */
        private void inlineScalar(int col) {
            int k = r.nextInt(10);
            if (k < 5) {
                sb.append(plainWord(false));
                while (chance(20)) {
                    sb.append(chance(95) ? " " : "\t").append(plainWord(false));
                }
                while (chance(15)) {
                    // a continuation line, sometimes after empty lines, at a random indent
                    sb.append(chance(10) ? " " : "").append('\n');
                    while (chance(20)) {
                        indent(r.nextInt(4));
                        sb.append('\n');
                    }
                    indent(chance(5) ? Math.max(0, col - r.nextInt(2)) : col + 1 + r.nextInt(4));
                    sb.append(plainWord(false));
                }
            } else if (k < 8) {
                sb.append('"').append(doubleText(true)).append('"');
            } else {
                sb.append('\'').append(singleText(true)).append('\'');
            }
        }

        private String word() {
            int k = r.nextInt(100);
            List<String> from = k < 1 ? RARE : k < 5 ? EDGE : WORDS;
            return from.get(r.nextInt(from.size()));
        }

        private String plainWord(boolean key) {
            String w = word();
            if (chance(30)) {
                w = w + word();
            }
            if (key && chance(2)) {
                w = "k".repeat(1000 + r.nextInt(40));
            }
            return w;
        }

        private String doubleText(boolean multiline) {
            StringBuilder t = new StringBuilder();
            int parts = r.nextInt(5);
            for (int p = 0; p < parts; p++) {
                int k = r.nextInt(8);
                if (k < 4) {
                    t.append(word().replace("\\", "\\\\").replace("\"", "\\\""));
                } else if (k < 6) {
                    t.append(chance(4) ? BAD_ESCAPES.get(r.nextInt(BAD_ESCAPES.size())) : ESCAPES.get(r.nextInt(ESCAPES.size())));
                } else if (k < 7 || !multiline) {
                    t.append(chance(90) ? " " : "\t");
                } else {
                    t.append(chance(50) ? " " : "").append('\n').append("\n".repeat(r.nextInt(2))).append(" ".repeat(r.nextInt(4)));
                }
            }
            return t.toString();
        }

        private String singleText(boolean multiline) {
            StringBuilder t = new StringBuilder();
            int parts = r.nextInt(5);
            for (int p = 0; p < parts; p++) {
                int k = r.nextInt(8);
                if (k < 5) {
                    t.append(word().replace("'", "''"));
                } else if (k < 6) {
                    t.append("''");
                } else if (k < 7 || !multiline) {
                    t.append(chance(90) ? " " : "\t");
                } else {
                    t.append('\n').append("\n".repeat(r.nextInt(2))).append(" ".repeat(r.nextInt(4)));
                }
            }
            return t.toString();
        }

        /**
         * {@code |} or {@code >} with a random header, and its lines; ends at a line start.
         *
         * @param col the column of the enclosing collection
         */
        private void blockScalar(int col) {
            sb.append(chance(50) ? '|' : '>');
            int base = col + 1 + r.nextInt(4);
            // An indentation indicator mostly agrees with the lines (the content is indented by it
            // from the enclosing collection), now and then not.
            String indicator = String.valueOf(chance(90) ? base - col : 1 + r.nextInt(5));
            switch (r.nextInt(8)) {
                case 0 -> sb.append('-');
                case 1 -> sb.append('+');
                case 2 -> sb.append(indicator);
                case 3 -> sb.append(chance(50) ? '-' : '+').append(indicator);
                case 4 -> sb.append(indicator).append(chance(50) ? '-' : '+');
                default -> {
                }
            }
            comment();
            sb.append('\n');
            int lines = r.nextInt(6);
            boolean text = false;
            for (int l = 0; l < lines; l++) {
                int k = r.nextInt(10);
                if (k < 2) {
                    indent(r.nextInt(text || chance(80) ? base + 3 : base));
                } else if (k < 4 && (text || chance(5))) {
                    indent(base + 1 + r.nextInt(3));
                    sb.append(plainWord(false));
                } else {
                    indent(chance(3) ? base - 1 : base);
                    sb.append(chance(3) ? "\t" : "").append(plainWord(false));
                    if (chance(30)) {
                        sb.append(' ').append(plainWord(false));
                    }
                    text = true;
                }
                sb.append('\n');
            }
        }

        private void flowSequence() {
            sb.append('[');
            int items = r.nextInt(5);
            for (int i = 0; i < items; i++) {
                if (i > 0) {
                    sb.append(chance(80) ? ", " : ",");
                }
                int k = r.nextInt(6);
                if (k < 4) {
                    sb.append(plainWord(false));
                } else if (k < 5) {
                    sb.append('"').append(doubleText(false)).append('"');
                } else {
                    sb.append('\'').append(singleText(false)).append('\'');
                }
            }
            if (items > 0 && chance(10)) {
                sb.append(',');
            }
            sb.append(chance(20) ? " ]" : "]");
        }
    }
}
