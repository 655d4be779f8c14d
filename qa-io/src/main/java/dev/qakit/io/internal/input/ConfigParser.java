package dev.qakit.io.internal.input;

import dev.qakit.io.SourceMap;
import dev.qakit.io.input.QaConfig;
import dev.qakit.io.internal.markdown.SourceText;
import dev.qakit.io.internal.markdown.YamlTree;
import dev.qakit.model.JsonNull;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Turns the text of {@code qa.yaml} into a {@link QaConfig.Builder}, every problem at the line and
 * column of its key or value. The YAML is composed by the same reader as frontmatter
 * ({@link YamlTree}: YAML 1.2 core schema, marks on every key and value, bounded aliases).
 */
public final class ConfigParser {
    /** Top-level keys, in documentation order. */
    private static final List<String> KEYS = List.of("rules", "disable", "custom-rules", "include", "exclude", "collection", "limits", "site");
    /** The keys of {@code limits}. */
    private static final List<String> LIMIT_KEYS = List.of("problems-per-file", "files");
    /** The keys of {@code site}. */
    private static final List<String> SITE_KEYS = List.of("prefixes", "routes", "pages");
    /** Aliases a configuration file may expand: far more than any real one needs. */
    private static final int MAX_ALIAS_EXPANSION = 1_000;

    private final String source;
    private final QaConfig.Builder config;
    private final List<Problem> problems;
    private Map<String, SourceLocation> values = Map.of();
    private Map<String, SourceLocation> keys = Map.of();
    private java.nio.file.@org.jspecify.annotations.Nullable Path folder;

    /**
     * A parser for one file.
     *
     * @param source the name problems use for the file
     * @param config receives the settings
     * @param problems receives the problems
     */
    public ConfigParser(String source, QaConfig.Builder config, List<Problem> problems) {
        this.source = source;
        this.config = config;
        this.problems = problems;
    }

    /**
     * Sets the folder of the file, against which {@code site.pages} folders are checked to exist.
     *
     * @param value the folder
     * @return this parser
     */
    public ConfigParser folder(java.nio.file.Path value) {
        this.folder = value;
        return this;
    }

    /**
     * Parses the text.
     *
     * @param yaml the YAML text
     */
    public void parse(String yaml) {
        List<Problem> yamlProblems = new ArrayList<>();
        YamlTree tree = YamlTree.read(yaml, 1, SourceText.of(source, yaml), MAX_ALIAS_EXPANSION, yamlProblems);
        for (Problem p : yamlProblems) {
            // The YAML reader speaks of frontmatter; here the file is the configuration.
            String message = p.message().startsWith("YAML ") ? "the configuration is not valid YAML: " + p.message().substring(5)
                    : p.message().replace("frontmatter", "configuration").replace(", as Nuxt Content does", "");
            String rule = p.ruleId().equals("frontmatter.duplicate-key") ? QaConfig.CONFIG_BAD_VALUE : QaConfig.CONFIG_SYNTAX;
            problems.add(new Problem(p.severity(), rule, message, p.location()));
        }
        if (tree == null) {
            if (yamlProblems.stream().anyMatch(p -> p.ruleId().equals("frontmatter.type"))) {
                problems.removeIf(p -> p.ruleId().equals(QaConfig.CONFIG_SYNTAX) && p.message().contains("must be a mapping"));
                problems.add(Problem.error(QaConfig.CONFIG_BAD_VALUE, "the configuration must be a mapping of " + KEYS + ", found "
                        + notAMapping(yaml), SourceLocation.at(source, 1, 1)));
            }
            return;
        }
        values = tree.locations();
        keys = tree.keyLocations();
        tree.root().forEach((key, value) -> {
            String pointer = "/" + SourceMap.escape(key);
            switch (key) {
                case "rules" -> rules(value, pointer);
                case "disable" -> list(value, pointer, "disable", this::disable);
                case "custom-rules" -> list(value, pointer, "custom-rules", this::customRule);
                case "include" -> list(value, pointer, "include", (g, at) -> glob(g, at, true));
                case "exclude" -> list(value, pointer, "exclude", (g, at) -> glob(g, at, false));
                case "collection" -> collection(value, pointer);
                case "limits" -> limits(value, pointer);
                case "site" -> site(value, pointer);
                default -> problems.add(Problem.error(QaConfig.CONFIG_UNKNOWN_KEY, "unknown key '" + key + "'; expected one of " + KEYS,
                        keyAt(pointer)));
            }
        });
    }

    private static String notAMapping(String yaml) {
        String t = yaml.strip();
        return t.startsWith("-") || t.startsWith("[") ? "a list" : "a single value";
    }

    private void collection(Object value, String pointer) {
        if (!(value instanceof String name)) {
            bad("'collection' must be a collection name such as 'qa', found " + describe(value), pointer);
            return;
        }
        try {
            config.collection(name);
        } catch (IllegalArgumentException e) {
            bad("'collection' " + e.getMessage(), pointer);
        }
    }

    private void rules(Object value, String pointer) {
        if (value == JsonNull.INSTANCE) {
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            bad("'rules' must be a mapping of rule id to severity (error, warning, info or off), found " + describe(value), pointer);
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String id = String.valueOf(e.getKey());
            String child = pointer + "/" + SourceMap.escape(id);
            if (!ruleId(id, keyAt(child))) {
                continue;
            }
            Object v = e.getValue();
            String text = v instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : Boolean.FALSE.equals(v) ? "off" : null;
            if ("off".equals(text)) {
                config.disable(id);
            } else if ("error".equals(text) || "warning".equals(text) || "info".equals(text)) {
                config.severity(id, Severity.ofLabel(text));
            } else {
                bad("the severity of '" + id + "' must be one of [error, warning, info, off], found " + describe(v), child);
            }
        }
    }

    private void limits(Object value, String pointer) {
        if (value == JsonNull.INSTANCE) {
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            bad("'limits' must be a mapping of " + LIMIT_KEYS + " to whole numbers, found " + describe(value), pointer);
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String child = pointer + "/" + SourceMap.escape(key);
            if (!LIMIT_KEYS.contains(key)) {
                problems.add(Problem.error(QaConfig.CONFIG_UNKNOWN_KEY, "unknown limit '" + key + "'; expected one of " + LIMIT_KEYS,
                        keyAt(child)));
                continue;
            }
            Object v = e.getValue();
            long n = v instanceof Integer || v instanceof Long ? ((Number) v).longValue() : 0;
            if (n < 1 || n > Integer.MAX_VALUE) {
                bad("limit '" + key + "' must be a whole number from 1 to " + Integer.MAX_VALUE + ", found " + describe(v), child);
            } else if (key.equals("files")) {
                config.maxFiles((int) n);
            } else {
                config.maxProblemsPerFile((int) n);
            }
        }
    }

    private void site(Object value, String pointer) {
        if (value == JsonNull.INSTANCE) {
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            bad("'site' must be a mapping of " + SITE_KEYS + ", found " + describe(value), pointer);
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String child = pointer + "/" + SourceMap.escape(key);
            switch (key) {
                case "prefixes" -> prefixes(e.getValue(), child);
                case "routes" -> list(e.getValue(), child, "site.routes", (r, at) -> checked(() -> config.route(r), at));
                case "pages" -> list(e.getValue(), child, "site.pages", this::pages);
                default -> problems.add(Problem.error(QaConfig.CONFIG_UNKNOWN_KEY, "unknown key 'site." + key + "'; expected one of "
                        + SITE_KEYS, keyAt(child)));
            }
        }
    }

    private void prefixes(Object value, String pointer) {
        if (value == JsonNull.INSTANCE) {
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            bad("'site.prefixes' must be a mapping of content folder to route prefix, such as {docs: /docs/4.x}, found "
                    + describe(value), pointer);
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String folder = String.valueOf(e.getKey());
            String child = pointer + "/" + SourceMap.escape(folder);
            if (!(e.getValue() instanceof String prefix)) {
                bad("the prefix of '" + folder + "' must be a route such as '/docs/4.x', found " + describe(e.getValue()), child);
                continue;
            }
            checked(() -> config.prefix(folder, prefix), valueAt(child));
        }
    }

    private void pages(String path, SourceLocation where) {
        if (folder != null && !path.isBlank() && !path.startsWith("/") && !java.nio.file.Files.isDirectory(folder.resolve(path))) {
            problems.add(Problem.error(QaConfig.CONFIG_BAD_VALUE, "'site.pages' names '" + path + "', which is not a folder beside this"
                    + " file; expected the Nuxt app's pages folder, such as 'app/pages'", where));
            return;
        }
        checked(() -> config.pages(path), where);
    }

    private void checked(Runnable set, SourceLocation where) {
        try {
            set.run();
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(QaConfig.CONFIG_BAD_VALUE, e.getMessage(), where));
        }
    }

    private void list(Object value, String pointer, String key, BiConsumer<String, SourceLocation> sink) {
        if (value == JsonNull.INSTANCE) {
            return;
        }
        if (value instanceof String s) {
            sink.accept(s, valueAt(pointer));
            return;
        }
        if (!(value instanceof List<?> items)) {
            bad("'" + key + "' must be a list of strings, found " + describe(value), pointer);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String child = pointer + "/" + i;
            if (items.get(i) instanceof String s) {
                sink.accept(s, valueAt(child));
            } else {
                bad("'" + key + "' must be a list of strings, found " + describe(items.get(i)), child);
            }
        }
    }

    private void disable(String id, SourceLocation where) {
        if (ruleId(id, where)) {
            config.disable(id);
        }
    }

    private void customRule(String id, SourceLocation where) {
        if (ruleId(id, where)) {
            config.customRule(id);
        }
    }

    private void glob(String glob, SourceLocation where, boolean include) {
        try {
            if (include) {
                config.include(glob);
            } else {
                config.exclude(glob);
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(QaConfig.CONFIG_BAD_VALUE, e.getMessage(), where));
        }
    }

    private boolean ruleId(String id, SourceLocation where) {
        if (!QaConfig.isRuleIdForm(id)) {
            problems.add(Problem.error(QaConfig.CONFIG_BAD_VALUE, "'" + id + "' is not a rule id; rule ids are lowercase and dotted,"
                    + " such as 'site.duplicate-path' (qa validate --list-rules lists them)", where));
            return false;
        }
        config.ruleNamedAt(id, where);
        return true;
    }

    private void bad(String message, String pointer) {
        problems.add(Problem.error(QaConfig.CONFIG_BAD_VALUE, message, valueAt(pointer)));
    }

    private SourceLocation valueAt(String pointer) {
        SourceLocation l = values.get(pointer);
        return l != null ? l : keyAt(pointer);
    }

    private SourceLocation keyAt(String pointer) {
        SourceLocation l = keys.get(pointer);
        return l != null ? l : SourceLocation.of(source);
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value == JsonNull.INSTANCE) {
            return "null";
        }
        return "'" + value + "'";
    }
}
