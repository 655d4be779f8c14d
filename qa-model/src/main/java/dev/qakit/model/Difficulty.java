package dev.qakit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How hard a question (or a page) is. Content carries it as the lowercase string
 * {@link #slug()}; records keep that string so that a wrong value survives to be reported,
 * and {@link #parse(String)} turns it into this enum.
 */
public enum Difficulty {
    /** {@code easy}. */
    EASY,
    /** {@code medium}. */
    MEDIUM,
    /** {@code hard}. */
    HARD;

    /**
     * The form used in content: {@code easy}, {@code medium} or {@code hard}.
     *
     * @return the lowercase name
     */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the content form. Exact: {@code "Easy"} or {@code " easy"} is not a difficulty.
     *
     * @param text the text, may be null
     * @return the difficulty, or empty if the text is none of the three slugs
     */
    public static Optional<Difficulty> parse(@org.jspecify.annotations.Nullable String text) {
        if (text != null) {
            for (Difficulty d : values()) {
                if (d.slug().equals(text)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }
}
