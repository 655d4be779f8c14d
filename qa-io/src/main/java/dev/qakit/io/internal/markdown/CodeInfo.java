package dev.qakit.io.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A code fence's info string as {@code @nuxtjs/mdc} reads it: the language (the first word,
 * {@code text} when there is none), a file name in brackets ({@code [nuxt.config.ts]}),
 * highlighted lines in braces ({@code {1,3-4}}) and the rest as meta.
 *
 * @param language the language, never empty
 * @param filename the file name, or null
 * @param highlights the highlighted line numbers, or null
 * @param meta the rest of the info string, or null when the fence has no info string
 */
record CodeInfo(String language, @Nullable String filename, @Nullable List<Integer> highlights, @Nullable String meta) {
    private static final Pattern FROM_BRACKET = Pattern.compile("[{|\\[](.+)");
    private static final Pattern LANGUAGE = Pattern.compile("^[^ \\t]+(?=[ \\t]|$)");
    private static final Pattern HIGHLIGHTS = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern FILENAME = Pattern.compile("\\[(.*)\\]");
    private static final Pattern FILENAME_ESCAPE = Pattern.compile("\\\\([\\[\\]{}().*+?^$|])");
    private static final int MAX_HIGHLIGHTS = 10_000;

    static CodeInfo parse(String info) {
        String stripped = info.strip();
        if (stripped.isEmpty()) {
            return new CodeInfo("text", null, null, null);
        }
        // mdast splits the info string into lang and meta; mdc joins them with one space
        int sp = 0;
        while (sp < stripped.length() && stripped.charAt(sp) != ' ' && stripped.charAt(sp) != '\t') {
            sp++;
        }
        String lang = stripped.substring(0, sp) + " " + stripped.substring(sp).strip();
        Matcher lm = LANGUAGE.matcher(FROM_BRACKET.matcher(lang).replaceFirst(""));
        String language = lm.find() ? lm.group() : null;
        Matcher hm = HIGHLIGHTS.matcher(lang);
        String highlightTokens = hm.find() ? hm.group(1) : null;
        String highlightMatch = highlightTokens == null ? null : hm.group();
        Matcher fm = FILENAME.matcher(lang);
        String filename = null;
        String filenameMatch = null;
        if (fm.find()) {
            filenameMatch = fm.group();
            if (!fm.group(1).isEmpty()) {
                filename = FILENAME_ESCAPE.matcher(fm.group(1)).replaceAll("$1");
            }
        }
        String meta = replaceFirst(replaceFirst(replaceFirst(lang, language), highlightMatch), filenameMatch).strip();
        return new CodeInfo(language == null ? "text" : language, filename, highlights(highlightTokens), meta);
    }

    private static String replaceFirst(String s, @Nullable String literal) {
        if (literal == null) {
            return s;
        }
        int i = s.indexOf(literal);
        return i < 0 ? s : s.substring(0, i) + s.substring(i + literal.length());
    }

    private static @Nullable List<Integer> highlights(@Nullable String tokens) {
        if (tokens == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String part : tokens.split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.strip().split("-", -1);
            Integer start = number(range[0]);
            Integer end = range.length > 1 ? number(range[1]) : null;
            if (start == null || (range.length > 1 && end == null)) {
                return null; // NaN in the reference: a list no JSON can hold
            }
            int from = start;
            int to = end == null || end == 0 ? from : end;
            for (int n = from; n <= to && out.size() < MAX_HIGHLIGHTS; n++) {
                out.add(n);
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    private static @Nullable Integer number(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
