package dev.qakit.model.problem;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing wrong (or worth saying) about some content, at a location.
 *
 * <p>Every qakit module reports with this type: YAML syntax errors, devalue decoding errors,
 * wrong field types and violated constraints alike. The message does not repeat the location;
 * {@link #format()} puts both together:
 * {@code content/fastapi/async.md:12:5: error: 'difficulty' must be one of [easy, medium, hard] [question.difficulty]}.
 *
 * <p>A problem that names a second place (a repeated id and its first use, a sibling entry and
 * the page it names) carries that place in {@link #related()}, so that reports can link to it
 * and not only name it in the message.
 *
 * @param severity how serious it is
 * @param ruleId stable, lowercase, dotted identifier ({@code frontmatter.yaml-syntax})
 * @param message what was expected and what was found, without the location
 * @param location where; {@link SourceLocation#UNKNOWN} if nowhere in particular
 * @param related the other places the message names, in the order it names them; often empty
 */
public record Problem(Severity severity, String ruleId, String message, SourceLocation location, List<SourceLocation> related) {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*");

    /**
     * Validates the components; {@code related} is copied.
     *
     * @param severity the severity
     * @param ruleId the ruleId
     * @param message the message
     * @param location the location
     * @param related the other places the message names
     */
    public Problem {
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("rule id must be lowercase and dotted, like 'devalue.bad-reference', got '" + ruleId + "'");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    /**
     * A problem that names no second place.
     *
     * @param severity the severity
     * @param ruleId the ruleId
     * @param message the message
     * @param location the location
     */
    public Problem(Severity severity, String ruleId, String message, SourceLocation location) {
        this(severity, ruleId, message, location, List.of());
    }

    /**
     * An error.
     *
     * @param ruleId the rule id
     * @param message the message
     * @param location the location
     * @return the problem
     */
    public static Problem error(String ruleId, String message, SourceLocation location) {
        return new Problem(Severity.ERROR, ruleId, message, location);
    }

    /**
     * A warning.
     *
     * @param ruleId the rule id
     * @param message the message
     * @param location the location
     * @return the problem
     */
    public static Problem warning(String ruleId, String message, SourceLocation location) {
        return new Problem(Severity.WARNING, ruleId, message, location);
    }

    /**
     * This problem with another severity (configuration can raise or lower a rule).
     *
     * @param newSeverity the severity
     * @return a new problem
     */
    public Problem withSeverity(Severity newSeverity) {
        return new Problem(newSeverity, ruleId, message, location, related);
    }

    /**
     * This problem at another location.
     *
     * @param newLocation the location
     * @return a new problem
     */
    public Problem withLocation(SourceLocation newLocation) {
        return new Problem(severity, ruleId, message, newLocation, related);
    }

    /**
     * This problem naming other places.
     *
     * @param newRelated the other places the message names
     * @return a new problem
     */
    public Problem withRelated(List<SourceLocation> newRelated) {
        return new Problem(severity, ruleId, message, location, newRelated);
    }

    /**
     * Whether this is an {@link Severity#ERROR}.
     *
     * @return true for errors
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form used by every report: {@code location: severity: message [rule-id]}.
     *
     * @return the formatted problem
     */
    public String format() {
        return location + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
    }

    /**
     * Same as {@link #format()}.
     *
     * @return the formatted problem
     */
    @Override
    public String toString() {
        return format();
    }
}
