package dev.qakit.io.internal.devalue;

import org.jspecify.annotations.Nullable;

/** A structural check of JavaScript regular expressions: flags, and balanced groups and classes. */
final class RegExps {
    private static final String FLAGS = "dgimsuvy";

    private RegExps() {
    }

    /** The problem with a pattern and flags, or null when they look valid. */
    static @Nullable String check(String source, String flags) {
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            if (FLAGS.indexOf(c) < 0 || flags.indexOf(c, i + 1) >= 0) {
                return "invalid regular expression flags '" + flags + "'";
            }
        }
        if (flags.indexOf('u') >= 0 && flags.indexOf('v') >= 0) {
            return "invalid regular expression flags '" + flags + "'";
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (i + 1 >= source.length()) {
                    return "invalid regular expression /" + source + "/: \\ at end of pattern";
                }
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return "invalid regular expression /" + source + "/: unmatched ')'";
                }
            }
        }
        if (inClass) {
            return "invalid regular expression /" + source + "/: unterminated character class";
        }
        if (depth > 0) {
            return "invalid regular expression /" + source + "/: unterminated group";
        }
        return null;
    }
}
