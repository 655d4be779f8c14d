package dev.qakit.validate;

import dev.qakit.model.problem.Severity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable id, the severity it reports with unless configured otherwise, its
 * kind, the part of qakit that reports it, a one-line description and an example.
 *
 * @param id the stable, lowercase, dotted rule id ({@code site.duplicate-path})
 * @param defaultSeverity the severity used when the configuration says nothing
 * @param kind where the rule looks: one file's text, one page's fields, several pages, a lint or the configuration
 * @param source the reader or the validator that reports the rule
 * @param description one line saying what the rule checks
 * @param example one line: a short input that breaks the rule, or a message the rule prints
 */
public record RuleInfo(String id, Severity defaultSeverity, Kind kind, Source source, String description, String example) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    /**
     * Checks the components.
     *
     * @param id the id
     * @param defaultSeverity the default severity
     * @param kind the kind
     * @param source the source
     * @param description the description
     * @param example the example
     * @throws IllegalArgumentException if the id is not lowercase and dotted, or the description or
     *     example is blank or spans several lines
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(example, "example");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be lowercase and dotted, got '" + id + "'");
        }
        oneLine("description", description);
        oneLine("example", example);
    }

    private static void oneLine(String name, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + " must be one line, got '" + text + "'");
        }
    }

    /** Where a rule looks. */
    public enum Kind {
        /** A problem found while reading one file: its encoding, syntax, shape or size. */
        READ,
        /** A Bean Validation constraint on one page's records. */
        CONSTRAINT,
        /** A rule that compares several pages of a site or topic. */
        SITE,
        /** A generic content lint, off-switchable like every rule. */
        LINT,
        /** A problem found while reading the configuration, or a limit of a run. */
        CONFIG
    }

    /** The part of qakit that reports a rule. */
    public enum Source {
        /** The Markdown reader ({@code dev.qakit.io.markdown.MarkdownReader}): frontmatter and body. */
        MARKDOWN_READER("Markdown reader"),
        /** The Nuxt payload and site readers ({@code dev.qakit.io.nuxt}): HTML pages and {@code _payload.json} files. */
        NUXT_READER("Nuxt payload reader"),
        /** The devalue codec and canonical JSON ({@code dev.qakit.io.devalue}), used by the Nuxt reader. */
        DEVALUE_CODEC("devalue codec"),
        /** The validator ({@code dev.qakit.validate}): loading files, constraints, site rules, lints, configuration. */
        VALIDATOR("validator");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /**
         * A short name for reports and documentation.
         *
         * @return the name, such as {@code Markdown reader}
         */
        public String label() {
            return label;
        }
    }
}
