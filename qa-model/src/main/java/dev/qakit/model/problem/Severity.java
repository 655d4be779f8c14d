package dev.qakit.model.problem;

import java.util.Locale;

/** How serious a {@link Problem} is. Ordered from most to least serious. */
public enum Severity {
    /** The content is wrong: a pipeline should fail. */
    ERROR,
    /** The content is suspicious or sloppy; it still loads and renders. */
    WARNING,
    /** A remark that needs no action. */
    INFO;

    /**
     * The lowercase name used in reports: {@code error}, {@code warning}, {@code info}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label as written by {@link #label()}, case-insensitively.
     *
     * @param label {@code error}, {@code warning} or {@code info}
     * @return the severity
     * @throws IllegalArgumentException naming the label and the allowed values if it is none of them
     */
    public static Severity ofLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "', expected one of [error, warning, info]");
    }
}
