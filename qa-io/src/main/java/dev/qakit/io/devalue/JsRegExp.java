package dev.qakit.io.devalue;

import java.util.Objects;

/**
 * A JavaScript regular expression, as its {@code source} and {@code flags}
 * ({@code /ab+c/gi} is source {@code ab+c}, flags {@code gi}). Kept as text: JavaScript and
 * Java regular expressions differ. Immutable.
 *
 * @param source the pattern text as {@code RegExp.prototype.source} prints it ({@code (?:)} when empty)
 * @param flags the flag letters, possibly empty
 */
public record JsRegExp(String source, String flags) {
    /**
     * Checks the components.
     *
     * @param source the pattern text
     * @param flags the flag letters
     */
    public JsRegExp {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(flags, "flags");
    }
}
