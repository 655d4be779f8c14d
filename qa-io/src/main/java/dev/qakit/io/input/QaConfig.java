package dev.qakit.io.input;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.input.ConfigParser;
import dev.qakit.io.internal.input.Glob;
import dev.qakit.io.internal.input.Utf8;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
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
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A project's {@code qa.yaml} (or {@code .qa.yaml}): the settings every way in to qakit shares —
 * the readers' (the Nuxt Content collection, which files to read, limits) and the validator's
 * (rule severities, disabled rules). The library, {@code qa} and the Maven plugin all read it
 * through {@link InputReader}, so one file gives one behaviour everywhere.
 *
 * <pre>
 * collection: qa                        # Nuxt Content collection: the first segment of page ids
 * rules:                                # severities: error, warning, info, or off
 *   topic.question-id-repeated: error
 *   lint.seo-description-length: off
 * disable: [lint.code-fence-language]   # the same as 'off'
 * custom-rules: [question.answer-size]  # rule ids of your own constraints, settable above
 * include: ["**&#47;*.md", "**&#47;_payload.json"]
 * exclude: ["drafts/**"]
 * limits: {problems-per-file: 1000, files: 100000}   # the defaults
 * site:                                 # facts of the deployed site, for link checking
 *   prefixes: {docs: /docs/4.x}         # a content folder's route prefix (Nuxt Content's source.prefix)
 *   routes: [/modules, "/blog/*", "/api/**"]   # routes the site serves besides its pages
 *   pages: [app/pages]                  # the Nuxt app's pages folders (found beside the content root if not set)
 * </pre>
 *
 * <p>{@code site.prefixes} maps a folder of the content root to the route prefix Nuxt Content's
 * collection source gives it ({@code source: {include: 'docs/**', prefix: '/docs/4.x'}}): a page
 * {@code docs/1.intro.md} then has the stem {@code docs/4.x/1.intro} and the route
 * {@code /docs/4.x/intro}; a prefix {@code /} drops the folder. {@code site.routes} lists
 * routes the site serves that are no content page — the app's own pages, redirects, server
 * routes — each a route or a route glob ({@code *} one segment, {@code **} any depth).
 * {@code site.pages} names the Nuxt app's {@code pages/} folders, relative to this file, whose
 * file names give routes ({@link SiteRoutes}).
 *
 * <p>Globs match paths relative to the folder holding the file (else the folder read), with
 * {@code /}: {@code *} and {@code ?} stay within a folder, {@code **} crosses folders
 * (<code>**&#47;</code> also matches no folder), and {@code {a,b}} gives alternatives. No
 * includes means every file. Rule ids are checked for their form here; whether a rule of that
 * id exists is the validator's to say ({@link #unknownRules(Predicate)}), except for the ids the
 * file declares under {@code custom-rules}: those of constraints the user adds to the validator,
 * which qakit cannot know of. Immutable and
 * thread-safe.
 */
public final class QaConfig {
    /** The file names looked for, in order. */
    public static final List<String> FILE_NAMES = List.of("qa.yaml", ".qa.yaml");

    /** Default of {@link #maxProblemsPerFile()}: 1000. */
    public static final int DEFAULT_MAX_PROBLEMS_PER_FILE = 1000;
    /** Default of {@link #maxFiles()}: 100 000. */
    public static final int DEFAULT_MAX_FILES = 100_000;

    /** A problem in the file's YAML syntax or encoding. */
    public static final String CONFIG_SYNTAX = "config.yaml-syntax";
    /** A key the file does not know. */
    public static final String CONFIG_UNKNOWN_KEY = "config.unknown-key";
    /** A value of the wrong type or form. */
    public static final String CONFIG_BAD_VALUE = "config.bad-value";
    /** A rule id no rule has. */
    public static final String CONFIG_UNKNOWN_RULE = "config.unknown-rule";

    private static final QaConfig DEFAULTS = builder().build();
    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern GLOB_SAFE = Pattern.compile("[^\\x00-\\x1f]+");
    /** A route: a {@code /} and no white space, query, fragment or glob character. */
    private static final Pattern ROUTE = Pattern.compile("/[^\\s?#*{}\\[\\]]*");
    /** A route or route glob. */
    private static final Pattern ROUTE_GLOB = Pattern.compile("/[^\\s?#]*");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+");

    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final List<String> includes;
    private final List<String> excludes;
    private final List<Glob> includeGlobs;
    private final List<Glob> excludeGlobs;
    private final @Nullable String collection;
    private final int maxProblemsPerFile;
    private final int maxFiles;
    private final Map<String, SourceLocation> ruleLocations;
    private final Set<String> customRules;
    private final Map<String, String> prefixes;
    private final List<String> routes;
    private final List<String> pages;

    private QaConfig(Builder b) {
        this.prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(b.prefixes));
        this.routes = List.copyOf(b.routes);
        this.pages = List.copyOf(b.pages);
        this.collection = b.collection;
        this.maxProblemsPerFile = b.maxProblemsPerFile;
        this.maxFiles = b.maxFiles;
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.includeGlobs = includes.stream().map(Glob::compile).toList();
        this.excludeGlobs = excludes.stream().map(Glob::compile).toList();
        this.ruleLocations = Collections.unmodifiableMap(new LinkedHashMap<>(b.ruleLocations));
        this.customRules = Collections.unmodifiableSet(new LinkedHashSet<>(b.customRules));
    }

    /**
     * The configuration with nothing set: every rule at its default severity, every file read,
     * Nuxt Content's default collection.
     *
     * @return the defaults
     */
    public static QaConfig defaults() {
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
        b.collection = collection;
        b.maxProblemsPerFile = maxProblemsPerFile;
        b.maxFiles = maxFiles;
        b.ruleLocations.putAll(ruleLocations);
        b.customRules.addAll(customRules);
        b.prefixes.putAll(prefixes);
        b.routes.addAll(routes);
        b.pages.addAll(pages);
        return b;
    }

    /**
     * The configuration file in a folder: {@code qa.yaml}, else {@code .qa.yaml}.
     *
     * @param folder the folder
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
     * Reads a configuration file. Problems (encoding, YAML syntax, unknown keys, bad values) come
     * back located in the file; the value is built from what could be read.
     *
     * @param file the file
     * @param sourceName the name problems use for the file
     * @return the configuration and the problems found
     * @throws IOException if the file cannot be read
     */
    public static ReadResult<QaConfig> read(Path file, String sourceName) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes = Files.readAllBytes(file);
        Utf8.Decoded decoded = Utf8.decode(bytes);
        ReadResult<QaConfig> r = read(decoded.text(), sourceName, file.toAbsolutePath().getParent());
        if (decoded.wellFormed()) {
            return r;
        }
        // Bad bytes are a defect of the file, not a failure to read it: reported, and the rest is read.
        List<Problem> problems = new ArrayList<>();
        problems.add(Problem.error(CONFIG_SYNTAX, "the configuration is not valid UTF-8; invalid bytes were replaced by U+FFFD",
                SourceLocation.of(sourceName)));
        problems.addAll(r.problems());
        return ReadResult.of(r.value().orElseThrow(), problems, r.sourceMap());
    }

    /**
     * Reads a configuration from text.
     *
     * @param yaml the YAML text
     * @param sourceName the name problems use for the text
     * @return the configuration and the problems found
     */
    public static ReadResult<QaConfig> read(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        return read(yaml, sourceName, null);
    }

    private static ReadResult<QaConfig> read(String yaml, String sourceName, @Nullable Path folder) {
        Builder b = builder();
        List<Problem> problems = new ArrayList<>();
        ConfigParser parser = new ConfigParser(sourceName, b, problems);
        if (folder != null) {
            parser.folder(folder);
        }
        parser.parse(yaml);
        return ReadResult.of(b.build(), problems, SourceMap.of(sourceName));
    }

    /**
     * Whether a text has the form of a rule id: lowercase words joined by {@code -} or
     * {@code _}, in two or more dotted parts ({@code site.duplicate-path}).
     *
     * @param id the text
     * @return true if it does
     */
    public static boolean isRuleIdForm(String id) {
        return RULE_ID.matcher(id).matches();
    }

    /**
     * Warnings ({@value #CONFIG_UNKNOWN_RULE}) for the rule ids this configuration names that no
     * rule has, each at the place the file names it. The {@linkplain #customRules() custom rules}
     * are known.
     *
     * @param known whether a rule id exists
     * @return the problems, in the file's order
     */
    public List<Problem> unknownRules(Predicate<String> known) {
        Objects.requireNonNull(known, "known");
        List<Problem> out = new ArrayList<>();
        ruleLocations.forEach((id, where) -> {
            if (!known.test(id) && !customRules.contains(id)) {
                out.add(Problem.warning(CONFIG_UNKNOWN_RULE, "no rule has the id '" + id + "' (qa validate --list-rules lists them)",
                        where));
            }
        });
        return out;
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
     * The rule ids declared under {@code custom-rules}: those of the user's own constraints (see
     * {@code ContentValidator.Builder.validatorFactory}), which the rest of the file may then
     * configure like qakit's rules.
     *
     * @return an immutable set, in the order given
     */
    public Set<String> customRules() {
        return customRules;
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
     * Whether a file is read.
     *
     * @param relativePath the file's path relative to the folder the globs are relative to, with {@code /}
     * @return true if no include glob is set or one matches, and no exclude glob matches
     */
    public boolean isIncluded(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        // loops, not streams: a walk asks this of every file
        boolean in = includeGlobs.isEmpty();
        for (int i = 0; !in && i < includeGlobs.size(); i++) {
            in = includeGlobs.get(i).matches(relativePath);
        }
        for (int i = 0; in && i < excludeGlobs.size(); i++) {
            in = !excludeGlobs.get(i).matches(relativePath);
        }
        return in;
    }

    /**
     * The Nuxt Content collection name of the content ({@code collection: qa}), the first segment
     * of every page id. Without it, Nuxt Content's default {@code content} applies.
     *
     * @return the collection name, or empty when not set
     */
    public Optional<String> collection() {
        return Optional.ofNullable(collection);
    }

    /**
     * The most problems listed for one file; beyond it they are counted in one
     * {@code limit.problems-per-file} problem. Set as {@code limits: {problems-per-file: 200}}.
     * Defaults to {@value #DEFAULT_MAX_PROBLEMS_PER_FILE}.
     *
     * @return the limit, at least 1
     */
    public int maxProblemsPerFile() {
        return maxProblemsPerFile;
    }

    /**
     * The most files one run reads; more is a {@code limit.files} error and the rest are not
     * read. Set as {@code limits: {files: 500000}}. Defaults to {@value #DEFAULT_MAX_FILES}.
     *
     * @return the limit, at least 1
     */
    public int maxFiles() {
        return maxFiles;
    }

    /**
     * The route prefix of each content folder ({@code site.prefixes}), as Nuxt Content's
     * collection sources set them.
     *
     * @return an immutable map from folder (relative to the content root, with {@code /}, no
     *     trailing {@code /}) to route prefix (starting with {@code /}), in the file's order
     */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /**
     * The routes and route globs the site serves besides its content pages ({@code site.routes}).
     *
     * @return an immutable list
     */
    public List<String> routes() {
        return routes;
    }

    /**
     * The Nuxt app's {@code pages/} folders ({@code site.pages}), relative to the configuration
     * file's folder; empty means those beside the content root are looked for.
     *
     * @return an immutable list
     */
    public List<String> pages() {
        return pages;
    }

    /**
     * A file's path in its collection as Nuxt Content sees it: the relative path with the route
     * prefix of its folder ({@link #prefixes()}, the longest folder that holds it) in place of the
     * folder. Page ids, stems and routes are made from it.
     *
     * @param relativePath the file's path relative to the content root, with {@code /}
     * @return the path in the collection, {@code docs/4.x/1.intro.md} for {@code docs/1.intro.md}
     *     under {@code {docs: /docs/4.x}}; the path itself when no prefix applies
     */
    public String collectionPathOf(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        String folder = null;
        for (String f : prefixes.keySet()) {
            if ((f.isEmpty() || relativePath.startsWith(f + "/")) && (folder == null || f.length() > folder.length())) {
                folder = f;
            }
        }
        if (folder == null) {
            return relativePath;
        }
        String rest = folder.isEmpty() ? relativePath : relativePath.substring(folder.length() + 1);
        String prefix = prefixes.get(folder).replaceAll("^/+|/+$", "");
        return prefix.isEmpty() ? rest : prefix + "/" + rest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QaConfig c && severities.equals(c.severities) && disabled.equals(c.disabled)
                && customRules.equals(c.customRules)
                && includes.equals(c.includes) && excludes.equals(c.excludes) && Objects.equals(collection, c.collection)
                && maxProblemsPerFile == c.maxProblemsPerFile && maxFiles == c.maxFiles && prefixes.equals(c.prefixes)
                && routes.equals(c.routes) && pages.equals(c.pages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severities, disabled, customRules, includes, excludes, collection, maxProblemsPerFile, maxFiles, prefixes, routes, pages);
    }

    @Override
    public String toString() {
        return "QaConfig[collection=" + collection + ", severities=" + severities + ", disabled=" + disabled + ", customRules=" + customRules + ", includes="
                + includes + ", excludes=" + excludes + ", maxProblemsPerFile=" + maxProblemsPerFile + ", maxFiles=" + maxFiles + ", prefixes=" + prefixes + ", routes=" + routes + ", pages=" + pages + "]";
    }

    /** Builds {@link QaConfig}s. Not thread-safe; {@link #build()} copies. */
    public static final class Builder {
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private final Map<String, SourceLocation> ruleLocations = new LinkedHashMap<>();
        private final Set<String> customRules = new LinkedHashSet<>();
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private final List<String> routes = new ArrayList<>();
        private final List<String> pages = new ArrayList<>();
        private @Nullable String collection;
        private int maxProblemsPerFile = DEFAULT_MAX_PROBLEMS_PER_FILE;
        private int maxFiles = DEFAULT_MAX_FILES;

        private Builder() {
        }

        /**
         * Sets the collection name.
         *
         * @param name a collection name such as {@code qa}: letters, digits, {@code _} and {@code -}
         * @return this builder
         * @throws IllegalArgumentException if the name is not of that form
         */
        public Builder collection(String name) {
            Objects.requireNonNull(name, "name");
            if (!COLLECTION.matcher(name).matches()) {
                throw new IllegalArgumentException("not a collection name: '" + name + "'; expected letters, digits, '_' and '-'");
            }
            this.collection = name;
            return this;
        }

        /**
         * Sets {@link QaConfig#maxProblemsPerFile()}.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder maxProblemsPerFile(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxProblemsPerFile must be at least 1, got " + value);
            }
            this.maxProblemsPerFile = value;
            return this;
        }

        /**
         * Sets {@link QaConfig#maxFiles()}.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder maxFiles(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFiles must be at least 1, got " + value);
            }
            this.maxFiles = value;
            return this;
        }

        /**
         * Sets the severity of a rule (and turns it on if it was off).
         *
         * @param ruleId the rule id
         * @param severity the severity
         * @return this builder
         * @throws IllegalArgumentException if the id does not have the form of a rule id
         */
        public Builder severity(String ruleId, Severity severity) {
            checkRuleId(ruleId);
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
         * @throws IllegalArgumentException if the id does not have the form of a rule id
         */
        public Builder disable(String ruleId) {
            checkRuleId(ruleId);
            disabled.add(ruleId);
            return this;
        }

        /**
         * Declares the id of a rule of the user's own, so that naming it is not
         * {@value QaConfig#CONFIG_UNKNOWN_RULE}.
         *
         * @param ruleId the rule id
         * @return this builder
         * @throws IllegalArgumentException if the id does not have the form of a rule id
         */
        public Builder customRule(String ruleId) {
            checkRuleId(ruleId);
            customRules.add(ruleId);
            return this;
        }

        /**
         * Records where a rule id is named, for {@link QaConfig#unknownRules(Predicate)}; the
         * reader of {@code qa.yaml} calls it for every id the file names.
         *
         * @param ruleId the rule id
         * @param where its place in the file
         * @return this builder
         */
        public Builder ruleNamedAt(String ruleId, SourceLocation where) {
            ruleLocations.putIfAbsent(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(where, "where"));
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

        /**
         * Sets the route prefix of a content folder (Nuxt Content's {@code source.prefix}).
         *
         * @param folder a folder relative to the content root, such as {@code docs}; {@code ""}
         *     for the whole root
         * @param routePrefix a route such as {@code /docs/4.x}; {@code /} drops the folder
         * @return this builder
         * @throws IllegalArgumentException if the folder is absolute or has {@code .} or
         *     {@code ..} segments, or the prefix does not start with {@code /} or has a glob,
         *     query or fragment character
         */
        public Builder prefix(String folder, String routePrefix) {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(routePrefix, "routePrefix");
            String f = folder.replaceAll("/+$", "");
            if (f.startsWith("/") || ("/" + f + "/").contains("/../") || ("/" + f + "/").contains("/./") || !GLOB_SAFE.matcher(f + "x").matches()) {
                throw new IllegalArgumentException("not a folder of the content root: '" + folder + "'; expected a relative path such as 'docs'");
            }
            if (!ROUTE.matcher(routePrefix).matches()) {
                throw new IllegalArgumentException("not a route prefix: '" + routePrefix + "'; expected a route such as '/docs/4.x'");
            }
            prefixes.put(f, routePrefix);
            return this;
        }

        /**
         * Adds a route, or a route glob, the site serves besides its content pages.
         *
         * @param route a route such as {@code /modules}, or a glob such as {@code /blog/*} (one
         *     segment) or {@code /docs/**} (any depth)
         * @return this builder
         * @throws IllegalArgumentException if it does not start with {@code /} or has white
         *     space, a query or a fragment
         */
        public Builder route(String route) {
            Objects.requireNonNull(route, "route");
            if (!ROUTE_GLOB.matcher(route).matches()) {
                throw new IllegalArgumentException("not a route: '" + route + "'; expected a route such as '/modules' or a glob"
                        + " such as '/blog/*' or '/docs/**'");
            }
            routes.add(route);
            return this;
        }

        /**
         * Adds a Nuxt app {@code pages/} folder whose file names give routes.
         *
         * @param folder a folder relative to the configuration file's folder, such as {@code app/pages}
         * @return this builder
         * @throws IllegalArgumentException if the folder is blank, absolute or has control characters
         */
        public Builder pages(String folder) {
            Objects.requireNonNull(folder, "folder");
            if (folder.isBlank() || folder.startsWith("/") || !GLOB_SAFE.matcher(folder).matches()) {
                throw new IllegalArgumentException("not a folder: '" + folder + "'; expected a path relative to qa.yaml such as 'app/pages'");
            }
            pages.add(folder);
            return this;
        }

        private static void checkRuleId(String id) {
            Objects.requireNonNull(id, "ruleId");
            if (!isRuleIdForm(id)) {
                throw new IllegalArgumentException("'" + id + "' is not a rule id; rule ids are lowercase and dotted,"
                        + " such as 'site.duplicate-path' (qa validate --list-rules lists them)");
            }
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
        public QaConfig build() {
            return new QaConfig(this);
        }
    }
}
