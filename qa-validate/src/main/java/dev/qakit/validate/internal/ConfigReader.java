package dev.qakit.validate.internal;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.Rules;
import dev.qakit.validate.ValidationConfig;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** Reads {@code qa.yaml} token by token, so every problem has the line and column of its key or value. */
public final class ConfigReader {
    private static final YAMLFactory YAML = new YAMLFactory();
    /** Top-level keys, in documentation order. */
    private static final List<String> KEYS = List.of("rules", "disable", "include", "exclude", "collection", "limits");
    /** The keys of {@code limits}. */
    private static final List<String> LIMIT_KEYS = List.of("problems-per-file", "files");
    /** Rule id prefixes that readers use; such ids are configurable without being in the registry. */
    private static final Set<String> READER_PREFIXES =
            Set.of("frontmatter", "yaml", "markdown", "devalue", "nuxt", "payload", "html", "io");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final ValidationConfig.Builder config = ValidationConfig.builder();

    /**
     * A reader for one file.
     *
     * @param source the name problems use for the file
     */
    public ConfigReader(String source) {
        this.source = source;
    }

    /**
     * Reads the text.
     *
     * @param yaml the YAML text
     * @return the configuration and its problems
     */
    public ReadResult<ValidationConfig> read(String yaml) {
        try (JsonParser p = YAML.createParser(ObjectReadContext.empty(), new WholePairs(yaml))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return done();
            }
            if (t != JsonToken.START_OBJECT) {
                problem(Rules.CONFIG_BAD_VALUE, "the configuration must be a mapping of " + KEYS + ", found " + describe(t), p);
                return done();
            }
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                SourceLocation keyLoc = at(p);
                p.nextToken();
                switch (key) {
                    case "rules" -> readRules(p);
                    case "disable" -> readList(p, "disable", this::disable);
                    case "include" -> readList(p, "include", (g, w) -> glob(g, w, true));
                    case "exclude" -> readList(p, "exclude", (g, w) -> glob(g, w, false));
                    case "collection" -> readCollection(p);
                    case "limits" -> readLimits(p);
                    default -> {
                        problems.add(Problem.error(Rules.CONFIG_UNKNOWN_KEY, "unknown key '" + key + "'; expected one of "
                                + KEYS, keyLoc));
                        p.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            problems.add(syntaxProblem(e));
        }
        return done();
    }

    /** A YAML syntax error, at the character snakeyaml-engine names (Jackson's own location is often the previous token's end). */
    private Problem syntaxProblem(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()) {
            Mark m = y.getProblemMark().get();
            String what = y.getProblem() == null ? "not valid YAML" : y.getProblem();
            String context = y.getContext() == null ? "" : " (" + y.getContext() + ")";
            return Problem.error(Rules.CONFIG_SYNTAX, "the configuration is not valid YAML: " + what + context,
                    SourceLocation.at(source, m.getLine() + 1, m.getColumn() + 1));
        }
        TokenStreamLocation l = e.getLocation();
        SourceLocation loc = l == null || l.getLineNr() < 1 ? SourceLocation.of(source)
                : SourceLocation.at(source, l.getLineNr(), Math.max(1, l.getColumnNr()));
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return Problem.error(Rules.CONFIG_SYNTAX, "the configuration is not valid YAML" + (msg.isBlank() ? "" : ": " + msg.strip()), loc);
    }

    private ReadResult<ValidationConfig> done() {
        return ReadResult.of(config.build(), problems, SourceMap.of(source));
    }

    private void readCollection(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            problem(Rules.CONFIG_BAD_VALUE, "'collection' must be a collection name such as 'qa', found " + describe(p.currentToken()), p);
            p.skipChildren();
            return;
        }
        try {
            config.collection(p.getString());
        } catch (IllegalArgumentException e) {
            problem(Rules.CONFIG_BAD_VALUE, "'collection' " + e.getMessage(), p);
        }
    }

    private void readRules(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(Rules.CONFIG_BAD_VALUE, "'rules' must be a mapping of rule id to severity (error, warning, info or off), found "
                    + describe(p.currentToken()), p);
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String id = p.currentName();
            SourceLocation idLoc = at(p);
            JsonToken v = p.nextToken();
            if (!checkRuleId(id, idLoc)) {
                p.skipChildren();
                continue;
            }
            String text = v == JsonToken.VALUE_STRING ? p.getString().strip().toLowerCase(Locale.ROOT)
                    : v == JsonToken.VALUE_FALSE ? "off" : null;
            if ("off".equals(text)) {
                config.disable(id);
            } else if ("error".equals(text) || "warning".equals(text) || "info".equals(text)) {
                config.severity(id, Severity.ofLabel(text));
            } else {
                problem(Rules.CONFIG_BAD_VALUE, "the severity of '" + id + "' must be one of [error, warning, info, off], found "
                        + describeValue(p), p);
                p.skipChildren();
            }
        }
    }

    private void readLimits(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(Rules.CONFIG_BAD_VALUE, "'limits' must be a mapping of " + LIMIT_KEYS + " to whole numbers, found "
                    + describeValue(p), p);
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            SourceLocation keyLoc = at(p);
            JsonToken v = p.nextToken();
            if (!LIMIT_KEYS.contains(key)) {
                problems.add(Problem.error(Rules.CONFIG_UNKNOWN_KEY, "unknown limit '" + key + "'; expected one of " + LIMIT_KEYS, keyLoc));
                p.skipChildren();
                continue;
            }
            long n = v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER ? p.getLongValue() : 0;
            if (n < 1 || n > Integer.MAX_VALUE) {
                problem(Rules.CONFIG_BAD_VALUE, "limit '" + key + "' must be a whole number from 1 to " + Integer.MAX_VALUE + ", found "
                        + describeValue(p), p);
                p.skipChildren();
            } else if (key.equals("files")) {
                config.maxFiles((int) n);
            } else {
                config.maxProblemsPerFile((int) n);
            }
        }
    }

    private interface Sink {
        void accept(String value, SourceLocation where);
    }

    private void readList(JsonParser p, String key, Sink sink) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t == JsonToken.VALUE_STRING) {
            sink.accept(p.getString(), at(p));
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            problem(Rules.CONFIG_BAD_VALUE, "'" + key + "' must be a list of strings, found " + describeValue(p), p);
            p.skipChildren();
            return;
        }
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                sink.accept(p.getString(), at(p));
            } else {
                problem(Rules.CONFIG_BAD_VALUE, "'" + key + "' must be a list of strings, found " + describeValue(p), p);
                p.skipChildren();
            }
        }
    }

    private void disable(String id, SourceLocation where) {
        if (checkRuleId(id, where)) {
            config.disable(id);
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
            problems.add(Problem.error(Rules.CONFIG_BAD_VALUE, e.getMessage(), where));
        }
    }

    private boolean checkRuleId(String id, SourceLocation where) {
        if (!id.matches("[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+")) {
            problems.add(Problem.error(Rules.CONFIG_BAD_VALUE, "'" + id + "' is not a rule id; rule ids are lowercase and dotted,"
                    + " such as 'site.duplicate-path' (qa validate --list-rules lists them)", where));
            return false;
        }
        if (Rules.find(id).isEmpty() && !READER_PREFIXES.contains(id.substring(0, id.indexOf('.')))) {
            problems.add(Problem.warning(Rules.CONFIG_UNKNOWN_RULE, "no rule has the id '" + id
                    + "' (qa validate --list-rules lists them)", where));
        }
        return true;
    }

    private void problem(String rule, String message, JsonParser p) {
        problems.add(Problem.error(rule, message, at(p)));
    }

    private SourceLocation at(JsonParser p) {
        TokenStreamLocation l = p.currentTokenLocation();
        return l.getLineNr() < 1 ? SourceLocation.of(source) : SourceLocation.at(source, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String describeValue(JsonParser p) {
        JsonToken t = p.currentToken();
        return t.isScalarValue() && t != JsonToken.VALUE_NULL ? "'" + p.getString() + "'" : describe(t);
    }

    /**
     * The text in chunks that never end between the two halves of a surrogate pair:
     * snakeyaml-engine's {@code StreamReader}, under Jackson's parser, reads one char past its
     * buffer when a full read ends on a high surrogate (an {@code IndexOutOfBoundsException} for an
     * emoji at char 1024).
     */
    private static final class WholePairs extends Reader {
        private final String text;
        private int pos;

        WholePairs(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            Objects.checkFromIndexSize(off, len, buf.length);
            if (len == 0) {
                return 0;
            }
            if (pos >= text.length()) {
                return -1;
            }
            int end = Math.min(text.length(), pos + len);
            if (end - pos > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text.getChars(pos, end, buf, off);
            int n = end - pos;
            pos = end;
            return n;
        }

        @Override
        public void close() {
            pos = text.length();
        }
    }
}
