package dev.qakit.model;

import dev.qakit.model.internal.Slugify;
import java.util.Locale;
import java.util.Objects;

/**
 * Nuxt Content 3's names for a document, as its {@code path-meta} transformer gives them: the
 * {@code stem} and {@code extension} of a file path, the route ({@code path}) of a stem and the
 * title of a page that has none.
 *
 * <p>The route, per {@code /}-separated stem segment: the part after the last {@code :} is kept; a
 * version-like segment ({@code 1}, {@code 1.2}, {@code 1.2.x}) stays as it is; otherwise a leading
 * numeric ordering prefix {@code N.} is dropped, {@code index} and {@code index.draft} become
 * empty and a trailing {@code .draft} is dropped; then the segment is slugified as the
 * {@code slugify} package does with {@code lower: true} (symbols spelled out, {@code $fetch} →
 * {@code dollarfetch}; accents and other scripts transliterated by slugify's table, {@code café}
 * → {@code cafe}, {@code привет} → {@code privet}; what the table does not know removed, so
 * {@code 日本語} gives an empty segment; white space and hyphen runs become one {@code -}). Finally
 * one trailing {@code /} is dropped and a leading one forced:
 * {@code spring-boot/data/1.jpa-transactions} → {@code /spring-boot/data/jpa-transactions},
 * {@code go/concurrency/index} → {@code /go/concurrency}. A collection source's {@code prefix}
 * is part of the stem, so it goes through the same rule.
 *
 * <p>Checked against Nuxt Content 3.14's own transformer over generated names (symbols, accents,
 * non-Latin scripts, number prefixes, dots, colons, {@code index}, drafts).
 */
public final class ContentPaths {
    /** What scule's {@code splitByCase} splits at. */
    private static final String SPLITTERS = "-_/.";

    private ContentPaths() {
    }

    /**
     * The stem of a file path inside a collection: the path without its extension, with
     * {@code :} read as a folder separator as Nuxt Content reads ids.
     *
     * @param relativePath a path such as {@code 1.guide/2.intro.md}, with {@code /}
     * @return the stem, {@code 1.guide/2.intro}; a name without extension is kept whole, and of a
     *     name with a line break before its extension only what follows the last break is kept, as
     *     Nuxt Content's pattern keeps it
     */
    public static String stemOf(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        String path = relativePath.replace(':', '/');
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        int dot = extensionDot(name);
        if (dot < 0) {
            return path;
        }
        // Nuxt Content's base name, (.*) before the extension: it starts after the last line
        // break before the dot (JavaScript's '.' matches none), and an empty one changes nothing
        int start = dot;
        while (start > 0 && !isLineBreak(name.charAt(start - 1))) {
            start--;
        }
        return start < dot ? path.substring(0, slash + 1) + name.substring(start, dot) : path;
    }

    /**
     * The extension of a file path: the text after the last dot of the file name.
     *
     * @param relativePath a path such as {@code 1.guide/2.intro.md}
     * @return the extension without dot, {@code md}; {@code ""} when the name has none
     */
    public static String extensionOf(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        String path = relativePath.replace(':', '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = extensionDot(name);
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /**
     * Where a file name's extension starts, as Nuxt Content's JavaScript pattern
     * {@code /(.*)\.([^.]+)$/} finds it: its last dot, when something follows it.
     *
     * @return the dot's index, or -1 when the name has no extension
     */
    private static int extensionDot(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? -1 : dot;
    }

    /** A line terminator of JavaScript's regular expressions: what {@code .} does not match there. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The title Nuxt Content gives a page without a frontmatter title or h1: the last stem
     * segment refined as for the route ({@code index} gives {@code ""}), split at each blank and
     * hyphen, each part in PascalCase as the {@code scule} package makes it
     * ({@code 2.use-fetch} → {@code Use Fetch}, {@code nuxt.config} → {@code NuxtConfig}).
     *
     * @param stem the stem of a file that has an extension
     * @return the title, possibly empty
     */
    public static String titleOf(String stem) {
        Objects.requireNonNull(stem, "stem");
        String refined = refineSegment(stem.substring(stem.lastIndexOf('/') + 1));
        StringBuilder title = new StringBuilder();
        int from = 0;
        for (int i = 0; i <= refined.length(); i++) {
            if (i == refined.length() || refined.charAt(i) == '-' || Slugify.isJsSpace(refined.charAt(i))) {
                // every separator splits, so two in a row give an empty part and two blanks, as JavaScript's split does
                if (from > 0) {
                    title.append(' ');
                }
                title.append(pascalCase(refined.substring(from, i)));
                from = i + 1;
            }
        }
        return title.toString();
    }
    /**
     * The route of a stem.
     *
     * @param stem a stem such as {@code fastapi/fundamentals/async-basics}
     * @return the route, always starting with {@code /}; {@code /} for the root index
     */
    public static String routeOf(String stem) {
        Objects.requireNonNull(stem, "stem");
        StringBuilder route = new StringBuilder();
        String[] segments = stem.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                route.append('/');
            }
            route.append(Slugify.slugify(refineSegment(segments[i])));
        }
        String path = route.toString();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /**
     * One stem segment with the ordering prefix, {@code index} and {@code .draft} handled, not
     * yet slugified.
     *
     * @param segment the segment
     * @return the refined segment
     */
    public static String refineSegment(String segment) {
        Objects.requireNonNull(segment, "segment");
        String s = segment.substring(Math.max(segment.lastIndexOf('/'), segment.lastIndexOf(':')) + 1);
        if (versionLike(s)) {
            return s;
        }
        // an ordering prefix: digits and a dot
        int digits = digitsFrom(s, 0);
        if (digits > 0 && digits < s.length() && s.charAt(digits) == '.') {
            s = s.substring(digits + 1);
        }
        if (s.equals("index") || s.equals("index.draft")) {
            return "";
        }
        return s.endsWith(".draft") ? s.substring(0, s.length() - ".draft".length()) : s;
    }

    /** Whether a segment is a version number: digits, dot-separated groups of digits, an optional {@code .x}. */
    private static boolean versionLike(String s) {
        int n = s.length();
        int i = digitsFrom(s, 0);
        if (i == 0) {
            return false;
        }
        while (i < n) {
            if (s.charAt(i) != '.') {
                return false;
            }
            if (i + 2 == n && s.charAt(i + 1) == 'x') {
                return true;
            }
            int end = digitsFrom(s, i + 1);
            if (end == i + 1) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /** Where the run of ASCII digits starting at {@code from} ends. */
    private static int digitsFrom(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** scule's {@code pascalCase}: the text split by case and at {@code - _ / .}, each part with its first letter in upper case. */
    private static String pascalCase(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder buff = new StringBuilder();
        Boolean previousUpper = null;
        Boolean previousSplitter = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            if (cp < 0x80 && SPLITTERS.indexOf(cp) >= 0) {
                upperFirst(buff, out);
                buff.setLength(0);
                previousUpper = null;
                continue;
            }
            Boolean upper = cp >= '0' && cp <= '9' ? null : !ch.equals(ch.toLowerCase(Locale.ROOT));
            if (Boolean.FALSE.equals(previousSplitter)) {
                if (Boolean.FALSE.equals(previousUpper) && Boolean.TRUE.equals(upper)) {
                    upperFirst(buff, out);
                    buff.setLength(0);
                    buff.append(ch);
                    previousUpper = upper;
                    continue;
                }
                if (Boolean.TRUE.equals(previousUpper) && Boolean.FALSE.equals(upper) && buff.length() > 1) {
                    // the last letter of an upper-case run starts the next word: HTTPServer -> HTTP, Server
                    int last = buff.length() - 1;
                    String lastChar = buff.substring(last);
                    buff.setLength(last);
                    upperFirst(buff, out);
                    buff.setLength(0);
                    buff.append(lastChar).append(ch);
                    previousUpper = upper;
                    continue;
                }
            }
            buff.append(ch);
            previousUpper = upper;
            previousSplitter = Boolean.FALSE;
        }
        upperFirst(buff, out);
        return out.toString();
    }

    private static void upperFirst(CharSequence part, StringBuilder out) {
        if (part.length() > 0) {
            out.append(String.valueOf(part.charAt(0)).toUpperCase(Locale.ROOT)).append(part, 1, part.length());
        }
    }
}
