package dev.qakit.io.internal.input;

import java.util.regex.Pattern;

/** A path glob over {@code /}-separated relative paths: {@code *}, {@code ?}, {@code **}, {@code {a,b}}. */
public final class Glob {
    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * Compiles a glob.
     *
     * @param glob the glob
     * @return the compiled glob
     */
    public static Glob compile(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                // A run of stars is one wildcard: '***' matches as '**' does, and a regex of many
                // '.*' in a row would backtrack without end on a path that does not match.
                boolean twoOrMore = false;
                while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    i++;
                    twoOrMore = true;
                }
                if (twoOrMore) {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                        i++;
                        re.append("(?:.*/)?");
                    } else {
                        re.append(".*");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        re.append(")".repeat(braces));
        String expr = glob.startsWith("/") ? re.substring(Pattern.quote("/").length()) : re.toString();
        return new Glob(glob, Pattern.compile(expr));
    }

    /**
     * Whether a relative path matches.
     *
     * @param relativePath the path, with {@code /}
     * @return true on a match
     */
    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
