package dev.qakit.render.internal;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link targets the safe renderers keep: {@code http}, {@code https}, {@code mailto}
 * and relative URLs. {@code javascript:}, {@code vbscript:}, {@code data:} and every other
 * scheme are replaced by {@link #BLOCKED}. Schemes are found as browsers find them: control
 * characters and spaces around the URL and tabs and line breaks inside it are ignored, and
 * case does not matter.
 */
public final class UrlPolicy implements UrlSanitizer {
    /** What a refused URL becomes: a harmless fragment link. */
    public static final String BLOCKED = "#blocked-url";

    /** The one instance. */
    public static final UrlPolicy INSTANCE = new UrlPolicy();

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    /**
     * Whether a URL may be used as a link or image target.
     *
     * @param url the URL as written
     * @return true for http, https, mailto and relative URLs
     */
    public static boolean isSafe(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // Browsers strip leading/trailing C0 controls and spaces and drop tabs and newlines anywhere.
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            sb.append(c);
        }
        String u = strip(sb);
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return ALLOWED.contains(u.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return true;
            }
        }
        return true;
    }

    /**
     * The URL if it is safe, else {@link #BLOCKED}.
     *
     * @param url the URL
     * @return a safe URL
     */
    public static String sanitize(String url) {
        return isSafe(url) ? url : BLOCKED;
    }

    private static String strip(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.subSequence(start, end).toString();
    }

    @Override
    public String sanitizeLinkUrl(String url) {
        return sanitize(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return sanitize(url);
    }
}
