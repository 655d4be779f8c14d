package dev.qakit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Nuxt Content 3's rule for turning a document's stem into its route ({@code path}).
 *
 * <p>Per {@code /}-separated segment: a version-like segment ({@code 1}, {@code 1.2},
 * {@code 1.2.x}) is kept as it is; otherwise a leading numeric ordering prefix {@code N.} is
 * dropped, {@code index} and {@code index.draft} become empty and a trailing {@code .draft} is
 * dropped; then the segment is slugified as the {@code slugify} package does with
 * {@code lower: true} (hyphens and white space runs become one {@code -}, characters outside
 * {@code [A-Za-z0-9_ $*+~.()'"!:@-]} are removed after folding accents, lower case). Finally a
 * leading {@code /} is forced and a trailing one dropped:
 * {@code spring-boot/data/1.jpa-transactions} → {@code /spring-boot/data/jpa-transactions},
 * {@code go/concurrency/index} → {@code /go/concurrency}.
 */
public final class ContentPaths {
    private static final Pattern VERSION_LIKE = Pattern.compile("\\d+(?:\\.\\d+)*(?:\\.x)?");
    private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+\\.");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ContentPaths() {
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
            route.append(slugify(refineSegment(segments[i])));
        }
        String path = route.toString();
        while (path.endsWith("/")) {
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
        if (VERSION_LIKE.matcher(segment).matches()) {
            return segment;
        }
        String s = ORDER_PREFIX.matcher(segment).replaceFirst("");
        if (s.equals("index") || s.equals("index.draft")) {
            return "";
        }
        return s.endsWith(".draft") ? s.substring(0, s.length() - ".draft".length()) : s;
    }

    /**
     * Slugifies like the {@code slugify} package with {@code lower: true}.
     *
     * @param text the text
     * @return the slug
     */
    static String slugify(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '-') {
                sb.append(' ');
            } else if (isKept(c)) {
                sb.append(c);
            }
        }
        String trimmed = sb.toString().strip();
        return WHITESPACE.matcher(trimmed).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || Character.isWhitespace(c) || "_$*+~.()'\"!:@".indexOf(c) >= 0;
    }
}
