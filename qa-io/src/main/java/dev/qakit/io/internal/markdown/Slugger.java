package dev.qakit.io.internal.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids as {@code @nuxtjs/mdc} makes them: {@code github-slugger} (lower case, everything
 * but letters, marks, numbers, connector punctuation, {@code -} and spaces removed, spaces to
 * {@code -}, repeats numbered {@code -1}, {@code -2}, …), then runs of {@code -} collapsed, outer
 * {@code -} trimmed and a leading digit prefixed with {@code _}. One slugger per document.
 */
final class Slugger {
    private final Map<String, Integer> occurrences = new HashMap<>();

    String slug(String text) {
        String base = clean(text);
        String result = base;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            result = base + "-" + n;
        }
        occurrences.put(result, 0);
        // runs of '-' collapsed and one at each end dropped (mdc's replace(/-+/g, '-') and
        // replace(/^-|-$/g, '')), without compiling a pattern for every heading
        StringBuilder sb = new StringBuilder(result.length() + 1);
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (c != '-' || sb.length() == 0 || sb.charAt(sb.length() - 1) != '-') {
                sb.append(c);
            }
        }
        if (sb.length() > 0 && sb.charAt(0) == '-') {
            sb.deleteCharAt(0);
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() > 0 && sb.charAt(0) >= '0' && sb.charAt(0) <= '9') {
            sb.insert(0, '_');
        }
        return sb.toString();
    }

    static String clean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || keep(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean keep(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || Character.isDigit(cp)
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
