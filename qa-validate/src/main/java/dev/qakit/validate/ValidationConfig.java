package dev.qakit.validate;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.internal.ConfigReader;
import dev.qakit.validate.internal.Glob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a validation run is configured: rule severities, disabled rules and which files to check.
 * Usually read from {@code qa.yaml} (or {@code .qa.yaml}) at the content root:
 *
 * <pre>
 * rules:                                # severities: error, warning, info, or off
 *   topic.question-id-repeated: error
 *   lint.seo-description-length: off
 * disable: [lint.code-fence-language]   # the same as 'off'
 * include: ["**&#47;*.md", "**&#47;_payload.json"]
 * exclude: ["drafts/**"]
 * </pre>
 *
 * <p>Globs match paths relative to the content root, with {@code /}: {@code *} and {@code ?}
 * stay within a folder, {@code **} crosses folders (<code>**&#47;</code> also matches no folder), and
 * {@code {a,b}} gives alternatives. No includes means every file. A page can also silence rules
 * for itself in its frontmatter: {@code qa: {disable: [lint.code-fence-language]}}.
 * Immutable and thread-safe.
 */
public final class ValidationConfig {
    /** The file names looked for at the content root, in order. */
    public static final List<String> FILE_NAMES = List.of("qa.yaml", ".qa.yaml");

    private static final ValidationConfig DEFAULTS = builder().build();
    private static final Pattern GLOB_SAFE = Pattern.compile("[^\\x00-\\x1f]+");

    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final List<String> includes;
    private final List<String> excludes;
    private final List<Glob> includeGlobs;
    private final List<Glob> excludeGlobs;

    private ValidationConfig(Builder b) {
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.includeGlobs = includes.stream().map(Glob::compile).toList();
        this.excludeGlobs = excludes.stream().map(Glob::compile).toList();
    }

    /**
     * The configuration with nothing set: every rule at its default severity, every file checked.
     *
     * @return the defaults
     */
    public static ValidationConfig defaults() {
        return DEFAULTS;
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this configuration's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.severities.putAll(severities);
        b.disabled.addAll(disabled);
        b.includes.addAll(includes);
        b.excludes.addAll(excludes);
        return b;
    }

    /**
     * The configuration file in a folder: {@code qa.yaml}, else {@code .qa.yaml}.
     *
     * @param folder the content root
     * @return the file, or empty if there is none
     */
    public static Optional<Path> find(Path folder) {
        Objects.requireNonNull(folder, "folder");
        for (String name : FILE_NAMES) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a configuration file. Problems (YAML syntax, unknown keys, bad values) come back
     * located in the file; the value is built from what could be read.
     *
     * @param file the file
     * @param sourceName the name problems use for the file (a path relative to the current folder)
     * @return the configuration and the problems found
     * @throws IOException if the file cannot be read
     */
    public static ReadResult<ValidationConfig> read(Path file, String sourceName) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(Files.readString(file, StandardCharsets.UTF_8), sourceName);
    }

    /**
     * Reads a configuration from text.
     *
     * @param yaml the YAML text
     * @param sourceName the name problems use for the text
     * @return the configuration and the problems found
     */
    public static ReadResult<ValidationConfig> read(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        return new ConfigReader(sourceName).read(yaml);
    }

    /**
     * The severities set per rule id, in the order given.
     *
     * @return an immutable map
     */
    public Map<String, Severity> severities() {
        return severities;
    }

    /**
     * The ids of the rules turned off.
     *
     * @return an immutable set
     */
    public Set<String> disabled() {
        return disabled;
    }

    /**
     * The include globs; empty means every file.
     *
     * @return an immutable list
     */
    public List<String> includes() {
        return includes;
    }

    /**
     * The exclude globs.
     *
     * @return an immutable list
     */
    public List<String> excludes() {
        return excludes;
    }

    /**
     * The severity a problem of a rule is reported with.
     *
     * @param ruleId the rule id
     * @param reported the severity the rule reported
     * @return the configured severity, else {@code reported}; empty if the rule is off
     */
    public Optional<Severity> severityOf(String ruleId, Severity reported) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reported, "reported");
        if (disabled.contains(ruleId)) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(ruleId, reported));
    }

    /**
     * Whether a file is checked.
     *
     * @param relativePath the file's path relative to the content root, with {@code /}
     * @return true if no include glob is set or one matches, and no exclude glob matches
     */
    public boolean isIncluded(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        boolean in = includeGlobs.isEmpty() || includeGlobs.stream().anyMatch(g -> g.matches(relativePath));
        return in && excludeGlobs.stream().noneMatch(g -> g.matches(relativePath));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationConfig c && severities.equals(c.severities) && disabled.equals(c.disabled)
                && includes.equals(c.includes) && excludes.equals(c.excludes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severities, disabled, includes, excludes);
    }

    @Override
    public String toString() {
        return "ValidationConfig[severities=" + severities + ", disabled=" + disabled + ", includes=" + includes
                + ", excludes=" + excludes + "]";
    }

    /** Builds {@link ValidationConfig}s. Not thread-safe; {@link #build()} copies. */
    public static final class Builder {
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the severity of a rule (and turns it on if it was off).
         *
         * @param ruleId the rule id
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            severities.put(ruleId, severity);
            disabled.remove(ruleId);
            return this;
        }

        /**
         * Turns a rule off.
         *
         * @param ruleId the rule id
         * @return this builder
         */
        public Builder disable(String ruleId) {
            Objects.requireNonNull(ruleId, "ruleId");
            disabled.add(ruleId);
            return this;
        }

        /**
         * Adds an include glob.
         *
         * @param glob a glob such as <code>**&#47;*.md</code>
         * @return this builder
         * @throws IllegalArgumentException if the glob is blank or has control characters
         */
        public Builder include(String glob) {
            includes.add(checkGlob(glob));
            return this;
        }

        /**
         * Adds an exclude glob.
         *
         * @param glob a glob such as {@code drafts/**}
         * @return this builder
         * @throws IllegalArgumentException if the glob is blank or has control characters
         */
        public Builder exclude(String glob) {
            excludes.add(checkGlob(glob));
            return this;
        }

        private static String checkGlob(String glob) {
            Objects.requireNonNull(glob, "glob");
            if (glob.isBlank() || !GLOB_SAFE.matcher(glob).matches()) {
                throw new IllegalArgumentException("not a glob: '" + glob + "'");
            }
            return glob;
        }

        /**
         * Builds the configuration.
         *
         * @return a new configuration
         */
        public ValidationConfig build() {
            return new ValidationConfig(this);
        }
    }
}
