package dev.qakit.validate;

import dev.qakit.model.problem.Severity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a validation rule is: its stable id, the severity it reports with unless configured
 * otherwise, its kind and a one-line description.
 *
 * @param id the stable, lowercase, dotted rule id ({@code site.duplicate-path})
 * @param defaultSeverity the severity used when the configuration says nothing
 * @param kind where the rule looks: one page's fields, several pages, or a lint
 * @param description one line saying what the rule checks
 */
public record RuleInfo(String id, Severity defaultSeverity, Kind kind, String description) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    /**
     * Checks the components.
     *
     * @param id the id
     * @param defaultSeverity the default severity
     * @param kind the kind
     * @param description the description
     * @throws IllegalArgumentException if the id is not lowercase and dotted or the description is blank
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be lowercase and dotted, got '" + id + "'");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
    }

    /** Where a rule looks. */
    public enum Kind {
        /** A Bean Validation constraint on one page's records. */
        CONSTRAINT,
        /** A rule that compares several pages of a site or topic. */
        SITE,
        /** A generic content lint, off-switchable like every rule. */
        LINT,
        /** A problem found while reading the configuration. */
        CONFIG
    }
}
