package dev.qakit.io.internal.input;

import dev.qakit.io.internal.js.JsNumberText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The routes a Nuxt project's {@code nuxt.config} declares that its site serves besides its
 * pages, read from the file's text without running it:
 * <ul>
 * <li>every rule of a {@code routeRules} object (the config's, {@code nitro.routeRules},
 *     {@code $production.routeRules}, or a variable of that name) that redirects or proxies
 *     ({@code redirect}, {@code proxy}): the route answers, whatever it names; and every such
 *     rule without {@code *} in its route that is prerendered ({@code prerender: true});</li>
 * <li>the strings of every {@code prerender.routes} list ({@code nitro.prerender.routes}).</li>
 * </ul>
 * What the file makes by code is not guessed but listed as unread, where it is written: a spread
 * ({@code ...rules}), a computed route ({@code [route]: ...}), a rule or a list that is not
 * written out ({@code '/old': rule}, {@code routes: list}), an element of a list that is no
 * string. A shorthand {@code routeRules} property names a variable, read where it is declared.
 *
 * <p>The text is split into JavaScript / TypeScript tokens — comments, strings, template
 * literals (with their substitutions), regular expressions and numbers are told apart as a
 * parser tells them apart — and the objects are read from the tokens. {@code NuxtConfigRoutesTest}
 * holds the result to what Babel's syntax tree of the same files gives (recorded by
 * {@code src/test/node-nuxt-config/record-routes.mjs}).
 */
public final class NuxtConfigRoutes {
    /** The names Nuxt's configuration file has, in the order Nuxt looks for them. */
    public static final List<String> FILE_NAMES = List.of("ts", "js", "mjs", "mts", "cjs", "cts").stream()
            .map(extension -> "nuxt.config." + extension).toList();

    /**
     * Something the file makes by code, so that the routes it serves are not known.
     *
     * @param line the 1-based line
     * @param column the 1-based column, in UTF-16 code units
     * @param kind {@code spread}, {@code computed} (a computed route), {@code value} (a rule or a
     *     list not written out) or {@code element} (an element of a routes list that is no string)
     */
    public record Unread(int line, int column, String kind) {
    }

    /**
     * What a file declares.
     *
     * @param routes the routes and route globs, each once, in the order the file writes them
     * @param unread what the file makes by code, in order
     */
    public record Result(List<String> routes, List<Unread> unread) {
        /**
         * Copies.
         *
         * @param routes the routes
         * @param unread what was not read
         */
        public Result {
            routes = List.copyOf(routes);
            unread = List.copyOf(unread);
        }
    }

    private NuxtConfigRoutes() {
    }

    /**
     * The Nuxt configuration file of a project folder.
     *
     * @param project the folder
     * @return the file, or null when the folder has none
     */
    public static @Nullable Path find(Path project) {
        for (String name : FILE_NAMES) {
            Path f = project.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Reads a configuration file (UTF-8).
     *
     * @param file the file
     * @return what it declares
     * @throws IOException if it cannot be read
     */
    public static Result read(Path file) throws IOException {
        return read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    /**
     * Reads a configuration's text.
     *
     * @param text the text
     * @return what it declares
     */
    public static Result read(String text) {
        List<Token> tokens = new Lexer(text).tokens();
        Reader r = new Reader(tokens);
        r.run();
        r.events.sort(Comparator.comparingInt(Event::offset));
        Set<String> routes = new LinkedHashSet<>();
        List<Unread> unread = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        for (Event e : r.events) {
            if (e.route() != null) {
                routes.add(e.route());
            } else {
                int line = line(lineStarts, e.offset());
                unread.add(new Unread(line + 1, e.offset() - lineStarts[line] + 1, e.kind()));
            }
        }
        return new Result(new ArrayList<>(routes), unread);
    }

    /** The offsets at which lines start: after LF, CR (not before LF), CRLF, U+2028 and U+2029, as JavaScript counts lines. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            // CRLF is one line break: its CR starts no line
            if (Lexer.isLineBreak(text.charAt(i)) && !(text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line holding an offset. */
    private static int line(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** A route found ({@code route} set) or something unread ({@code kind} set), at a char offset. */
    private record Event(int offset, @Nullable String route, String kind) {
    }

    private enum Type { IDENT, STRING, TEMPLATE, NUMBER, REGEX, PUNCT }

    /**
     * A token.
     *
     * @param value an identifier's name, a string's or a substitution-free template's cooked
     *     value, a number's JavaScript text, a punctuator; null for a template with substitutions
     *     and a regular expression
     */
    private record Token(Type type, int start, @Nullable String value) {
        boolean is(String punct) {
            return type == Type.PUNCT && punct.equals(value);
        }

        /** A property name: an identifier, a string or a number, and its name. */
        @Nullable String name() {
            return type == Type.IDENT || type == Type.STRING || type == Type.NUMBER ? value : null;
        }
    }

    /** Splits JavaScript / TypeScript text into tokens, comments and white space dropped. */
    private static final class Lexer {
        /** After these words a {@code /} starts a regular expression; after other identifiers it divides. */
        private static final Set<String> BEFORE_EXPRESSION = Set.of("return", "typeof", "instanceof", "in", "of", "new", "delete",
                "void", "throw", "case", "do", "else", "yield", "await");
        /** Punctuators of more than one char, longest first. */
        private static final List<String> PUNCTUATORS = List.of(">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=",
                "||=", "??=", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=",
                "|=", "^=", "**", "<<", ">>");

        private final String s;
        private int pos;

        Lexer(String text) {
            this.s = text;
        }

        List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            scan(out, false);
            return out;
        }

        /**
         * Scans tokens into {@code out} until the end, or, when {@code substitution}, until the
         * {@code }} that closes a template's substitution (consumed, not added).
         */
        private void scan(List<Token> out, boolean substitution) {
            int depth = 0;
            Token prev = null;
            while (true) {
                skipTrivia();
                if (pos >= s.length()) {
                    return;
                }
                int start = pos;
                char c = s.charAt(pos);
                Token t;
                if (c == '"' || c == '\'') {
                    t = new Token(Type.STRING, start, string(c));
                } else if (c == '`') {
                    t = new Token(Type.TEMPLATE, start, template());
                } else if (isIdentStart(c)) {
                    t = new Token(Type.IDENT, start, identifier());
                } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                    t = new Token(Type.NUMBER, start, number());
                } else if (c == '/' && regexAllowed(prev) && regex()) {
                    t = new Token(Type.REGEX, start, null);
                } else {
                    String p = punctuator();
                    if (substitution) {
                        if (p.equals("{")) {
                            depth++;
                        } else if (p.equals("}") && depth-- == 0) {
                            return;
                        }
                    }
                    t = new Token(Type.PUNCT, start, p);
                }
                out.add(t);
                prev = t;
            }
        }

        private void skipTrivia() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '/') {
                    while (pos < s.length() && !isLineBreak(s.charAt(pos))) {
                        pos++;
                    }
                } else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '*') {
                    int end = s.indexOf("*/", pos + 2);
                    pos = end < 0 ? s.length() : end + 2;
                } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || Character.isSpaceChar(c)) {
                    pos++;
                } else {
                    return;
                }
            }
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
        }

        private static boolean isIdentStart(char c) {
            return Character.isLetter(c) || c == '$' || c == '_' || c == '\\' || Character.isSurrogate(c);
        }

        private String identifier() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (isIdentStart(c) || Character.isDigit(c) || c == '\u200c' || c == '\u200d' || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.CONNECTOR_PUNCTUATION) {
                    pos++;
                } else {
                    break;
                }
            }
            return s.substring(start, pos);
        }

        /** A number's JavaScript text ({@code String(n)}), as a numeric property name reads. */
        private String number() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.' || s.charAt(pos) == '_'
                    || (s.charAt(pos) == '+' || s.charAt(pos) == '-') && (s.charAt(pos - 1) == 'e' || s.charAt(pos - 1) == 'E')
                    && !s.startsWith("0x", start) && !s.startsWith("0X", start))) {
                pos++;
            }
            String raw = s.substring(start, pos).replace("_", "");
            try {
                double v;
                String lower = raw.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith("n")) {
                    return new java.math.BigInteger(lower.substring(0, lower.length() - 1)).toString();
                } else if (lower.startsWith("0x")) {
                    v = new java.math.BigInteger(lower.substring(2), 16).doubleValue();
                } else if (lower.startsWith("0o")) {
                    v = new java.math.BigInteger(lower.substring(2), 8).doubleValue();
                } else if (lower.startsWith("0b")) {
                    v = new java.math.BigInteger(lower.substring(2), 2).doubleValue();
                } else {
                    v = Double.parseDouble(lower);
                }
                return JsNumberText.toString(v);
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        /** A string literal's cooked value; the position moves past its closing quote (or to the line's end, unclosed). */
        private String string(char quote) {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == quote) {
                    pos++;
                    return sb.toString();
                }
                if (c == '\\') {
                    escape(sb);
                } else if (c == '\n' || c == '\r') {
                    return sb.toString();
                } else {
                    sb.append(c);
                    pos++;
                }
            }
            return sb.toString();
        }

        /** Reads the escape at the position into {@code sb}, as JavaScript cooks it. */
        private void escape(StringBuilder sb) {
            pos++;
            if (pos >= s.length()) {
                return;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '0' -> sb.append('\0');
                case 'x' -> sb.append((char) hex(2));
                case 'u' -> {
                    if (pos < s.length() && s.charAt(pos) == '{') {
                        int end = s.indexOf('}', pos);
                        int cp = end < 0 ? -1 : codePoint(s.substring(pos + 1, end));
                        pos = end < 0 ? s.length() : end + 1;
                        // a malformed escape is a syntax error to JavaScript: its value is not read here either
                        sb.appendCodePoint(cp < 0 ? '?' : cp);
                    } else {
                        sb.append((char) hex(4));
                    }
                }
                case '\r' -> {
                    if (pos < s.length() && s.charAt(pos) == '\n') {
                        pos++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> {
                    // a line continuation: nothing
                }
                default -> sb.append(e);
            }
        }

        /** The code point of a {@code \\u{...}} escape's hex digits, or -1 when they name none. */
        private static int codePoint(String digits) {
            if (digits.isEmpty() || digits.length() > 8 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return -1;
            }
            int cp = Integer.parseInt(digits, 16);
            return cp <= Character.MAX_CODE_POINT ? cp : -1;
        }

        private int hex(int digits) {
            int end = Math.min(s.length(), pos + digits);
            try {
                int v = Integer.parseInt(s.substring(pos, end), 16);
                pos = end;
                return v;
            } catch (NumberFormatException e) {
                return '?';
            }
        }

        /** A template literal's cooked value, or null when it has substitutions (scanned past). */
        private @Nullable String template() {
            StringBuilder sb = new StringBuilder();
            boolean substituted = false;
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '`') {
                    pos++;
                    return substituted ? null : sb.toString();
                }
                if (c == '\\') {
                    escape(sb);
                } else if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '{') {
                    pos += 2;
                    substituted = true;
                    scan(new ArrayList<>(), true);
                } else {
                    // a template's CR and CRLF read as LF
                    if (c == '\r') {
                        sb.append('\n');
                        pos += pos + 1 < s.length() && s.charAt(pos + 1) == '\n' ? 2 : 1;
                        continue;
                    }
                    sb.append(c);
                    pos++;
                }
            }
            return substituted ? null : sb.toString();
        }

        private static boolean regexAllowed(@Nullable Token prev) {
            if (prev == null) {
                return true;
            }
            return switch (prev.type()) {
                case IDENT -> BEFORE_EXPRESSION.contains(prev.value());
                case STRING, TEMPLATE, NUMBER, REGEX -> false;
                case PUNCT -> !(prev.is(")") || prev.is("]") || prev.is("}") || prev.is("++") || prev.is("--"));
            };
        }

        /** Scans a regular expression literal; false (position unchanged) when none is there. */
        private boolean regex() {
            int i = pos + 1;
            boolean inClass = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (isLineBreak(c)) {
                    return false;
                }
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    i++;
                    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    pos = i;
                    return true;
                }
                i++;
            }
            return false;
        }

        private String punctuator() {
            for (String p : PUNCTUATORS) {
                if (s.startsWith(p, pos)) {
                    pos += p.length();
                    return p;
                }
            }
            return String.valueOf(s.charAt(pos++));
        }
    }

    /** Finds route rules and prerendered routes in the tokens. */
    private static final class Reader {
        private final List<Token> t;
        /** For each opening bracket's index, the index of the bracket closing it ({@code t.size()} when none does). */
        private final int[] closing;
        final List<Event> events = new ArrayList<>();

        Reader(List<Token> tokens) {
            this.t = tokens;
            this.closing = new int[tokens.size()];
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token k = tokens.get(i);
                if (k.is("{") || k.is("[") || k.is("(")) {
                    closing[i] = tokens.size();
                    open.push(i);
                } else if ((k.is("}") || k.is("]") || k.is(")")) && !open.isEmpty()) {
                    closing[open.pop()] = i;
                }
            }
        }

        /** The token at {@code i}; past either end, an empty punctuator that matches nothing. */
        private Token at(int i) {
            return i >= 0 && i < t.size() ? t.get(i) : new Token(Type.PUNCT, Integer.MAX_VALUE, "");
        }

        void run() {
            for (int i = 0; i < t.size(); i++) {
                Token k = t.get(i);
                String name = k.name();
                if (name == null || at(i - 1).is(".") || at(i - 1).is("?.")) {
                    continue;
                }
                boolean declared = k.type() == Type.IDENT && i > 0 && at(i - 1).type() == Type.IDENT
                        && Set.of("const", "let", "var").contains(at(i - 1).value());
                if (name.equals("routeRules") && declared) {
                    int v = i + 1;
                    if (at(v).is(":")) {
                        // a type annotation, then the value
                        v = skipExpression(v + 1, true);
                    }
                    if (at(v).is("=")) {
                        routeRules(v + 1);
                    }
                } else if (name.equals("routeRules") && at(i + 1).is(":") && propertyKey(i)) {
                    routeRules(i + 2);
                } else if (name.equals("prerender") && at(i + 1).is(":") && propertyKey(i)) {
                    int open = object(i + 2);
                    if (open >= 0) {
                        prerender(open);
                    }
                }
            }
        }

        /** Whether the token at {@code i} begins a property of an object literal (after {@code {} or {@code ,}). */
        private boolean propertyKey(int i) {
            return i > 0 && (at(i - 1).is("{") || at(i - 1).is(","));
        }

        /** The routeRules value at {@code v}: an object of rules, else something made by code. */
        private void routeRules(int v) {
            int open = object(v);
            if (open < 0) {
                events.add(new Event(at(v).start(), null, "value"));
                return;
            }
            int i = open + 1;
            while (i < t.size() && !at(i).is("}")) {
                Token k = at(i);
                int next;
                if (k.is("...")) {
                    events.add(new Event(k.start(), null, "spread"));
                    next = skipExpression(i + 1, false);
                } else if (k.is("[")) {
                    events.add(new Event(k.start(), null, "computed"));
                    next = skipExpression(i, false);
                } else if (k.name() != null && at(i + 1).is(":")) {
                    next = rule(k, i + 2);
                } else {
                    // a method or a shorthand property: not a rule written out
                    events.add(new Event(k.start(), null, "value"));
                    next = skipExpression(i, false);
                }
                i = at(next).is(",") ? next + 1 : next;
                if (next == i && !at(i).is("}")) {
                    i++;
                }
            }
        }

        /** One rule, its route {@code key} and its value at {@code v}; the index after the value. */
        private int rule(Token key, int v) {
            int open = object(v);
            int end = skipExpression(v, false);
            if (open < 0) {
                events.add(new Event(at(v).start(), null, "value"));
                return end;
            }
            String route = key.name();
            boolean served = false;
            boolean spread = false;
            int close = matching(open);
            int i = open + 1;
            while (i < close) {
                Token p = at(i);
                if (p.is("...")) {
                    spread = true;
                } else if (p.name() != null && (at(i + 1).is(":") || at(i + 1).is(",") || at(i + 1).is("}") || at(i + 1).is("("))) {
                    String n = p.name();
                    if (n.equals("redirect") || n.equals("proxy")) {
                        served = true;
                    } else if (n.equals("prerender") && at(i + 1).is(":") && isTrue(i + 2) && route != null && route.indexOf('*') < 0) {
                        served = true;
                    }
                }
                i = skipExpression(i, false);
                if (at(i).is(",")) {
                    i++;
                } else if (i < close) {
                    i++;
                }
            }
            if (served) {
                events.add(new Event(key.start(), route, "route"));
            } else if (spread) {
                events.add(new Event(at(v).start(), null, "value"));
            }
            return end;
        }

        /** Whether the value at {@code i} is {@code true}, in parentheses or with a type assertion. */
        private boolean isTrue(int i) {
            int j = i;
            int parens = 0;
            while (at(j).is("(")) {
                j++;
                parens++;
            }
            if (!(at(j).type() == Type.IDENT && "true".equals(at(j).value()))) {
                return false;
            }
            j++;
            for (int p = 0; p < parens; p++) {
                if (!at(j).is(")")) {
                    return false;
                }
                j++;
            }
            return endsValue(j);
        }

        /** A prerender object opening at {@code open}: the strings of its routes list. */
        private void prerender(int open) {
            int close = matching(open);
            int i = open + 1;
            while (i < close) {
                Token p = at(i);
                if (p.name() != null && p.name().equals("routes") && at(i + 1).is(":")) {
                    routes(i + 2);
                }
                i = skipExpression(i, false);
                if (i < close) {
                    i++;
                }
            }
        }

        /** A routes list at {@code v}: its string elements are routes. */
        private void routes(int v) {
            int j = v;
            while (at(j).is("(")) {
                j++;
            }
            if (!at(j).is("[") || !endsValue(unwrapEnd(v, j))) {
                events.add(new Event(at(v).start(), null, "value"));
                return;
            }
            int close = matching(j);
            int i = j + 1;
            while (i < close) {
                if (at(i).is(",")) {
                    i++;
                    continue;
                }
                int end = skipExpression(i, false);
                Token e = at(i);
                int k = i;
                int parens = 0;
                while (at(k).is("(")) {
                    k++;
                    parens++;
                }
                Token inner = at(k);
                boolean literal = (inner.type() == Type.STRING || inner.type() == Type.TEMPLATE && inner.value() != null)
                        && unwrapEnd(i, k) == end;
                if (e.is("...")) {
                    events.add(new Event(e.start(), null, "spread"));
                } else if (literal) {
                    events.add(new Event(e.start(), inner.value(), "route"));
                } else {
                    events.add(new Event(e.start(), null, "element"));
                }
                i = end;
            }
        }

        /**
         * The index after a value whose core token (an object's or array's opening bracket, or a
         * literal) is at {@code core} and which may open with parentheses at {@code start}: past
         * the core (its brackets), the closing parentheses and any type assertion ({@code as},
         * {@code satisfies}, {@code !}).
         */
        private int unwrapEnd(int start, int core) {
            int i = at(core).is("{") || at(core).is("[") ? matching(core) + 1 : core + 1;
            int parens = 0;
            for (int j = start; j < core && at(j).is("("); j++) {
                parens++;
            }
            while (true) {
                if (parens > 0 && at(i).is(")")) {
                    parens--;
                    i++;
                } else if (at(i).is("!")) {
                    i++;
                } else if (at(i).type() == Type.IDENT && ("as".equals(at(i).value()) || "satisfies".equals(at(i).value()))) {
                    i = skipType(i + 1);
                } else {
                    return parens == 0 ? i : -1;
                }
            }
        }

        /** Skips a type after {@code as} / {@code satisfies}: up to the {@code ,}, {@code )} or closing bracket at its depth. */
        private int skipType(int i) {
            int depth = 0;
            int j = i;
            while (j < t.size()) {
                Token k = at(j);
                if (k.is("{") || k.is("[") || k.is("(") || k.is("<")) {
                    depth++;
                } else if (k.is("}") || k.is("]") || k.is(")") || k.is(">")) {
                    if (depth == 0) {
                        return j;
                    }
                    depth--;
                } else if (k.is(",") && depth == 0) {
                    return j;
                } else if (k.is(">>") || k.is(">>>")) {
                    depth -= k.value().length();
                    if (depth < 0) {
                        return j;
                    }
                }
                j++;
            }
            return j;
        }

        /** Whether a property's value ends at {@code i}: the next token ends the property. */
        private boolean endsValue(int i) {
            return i >= 0 && (at(i).is(",") || at(i).is("}") || at(i).is("]") || at(i).is(")") || at(i).is(";") || i >= t.size());
        }

        /**
         * The index of the {@code {} that opens an object literal written as the whole value at
         * {@code v} (in parentheses, with a type assertion after it), or -1 when the value is
         * anything else.
         */
        private int object(int v) {
            int j = v;
            while (at(j).is("(")) {
                j++;
            }
            if (!at(j).is("{")) {
                return -1;
            }
            return endsValue(unwrapEnd(v, j)) ? j : -1;
        }

        /** The index of the bracket closing the one at {@code open}. */
        private int matching(int open) {
            return open < closing.length ? closing[open] : t.size();
        }

        /**
         * Skips an expression from {@code i}: to the {@code ,} or closing bracket at its depth
         * (the index of that token). With {@code type}, also stops at {@code =} (a declared
         * variable's type annotation ends there).
         */
        private int skipExpression(int i, boolean type) {
            int j = i;
            while (j < t.size()) {
                Token k = t.get(j);
                if (k.is("{") || k.is("[") || k.is("(")) {
                    j = matching(j) + 1;
                    continue;
                }
                if (k.is("}") || k.is("]") || k.is(")") || k.is(",") || k.is(";") || type && k.is("=")) {
                    return j;
                }
                j++;
            }
            return j;
        }
    }
}
