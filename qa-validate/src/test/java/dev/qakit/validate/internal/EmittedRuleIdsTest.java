package dev.qakit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.RuleInfo;
import dev.qakit.validate.Rules;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue ({@link Rules}) and the code agree: every rule id that the main sources of
 * the library modules can emit is in the catalogue, and every catalogue id is emitted somewhere.
 *
 * <p>An id is emitted by a string literal of the rule-id shape (outside comments), by a constant
 * initialised with such a literal that some code uses, by a reference to a constant of
 * {@link Rules}, or by a Bean Validation constraint that {@link ConstraintMapping} turns into an
 * id. {@code Rules.java} itself, which holds the catalogue, is not a source of ids.
 */
class EmittedRuleIdsTest {
    /** Modules whose main code can report problems. */
    private static final List<String> MODULES = List.of("qa-model", "qa-io", "qa-render", "qa-validate", "qa-cli", "qa-maven-plugin");
    /** Modules with main code that reports no problems: benchmarks. */
    private static final Set<String> NOT_SCANNED = Set.of("qa-bench");
    /** The catalogue, whose literals define ids rather than emit them. */
    private static final String CATALOGUE = "qa-validate/src/main/java/dev/qakit/validate/Rules.java";
    /** Lowercase words joined by '-' or '_' (Problem accepts both), two or more of them joined by dots. */
    private static final Pattern ID_SHAPE = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:\\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+");
    /** File names: a last segment that is a file extension. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?:md|json|yaml|yml|html|htm|css|js|txt|tsv|csv|xml|properties|bin)");
    /** Java package and system property names (qakit's own properties start with {@code qakit.}). */
    private static final Pattern JAVA_NAME = Pattern.compile("(?:java|javax|jakarta|org|com|dev|tools|qakit)\\..*");
    /** Other strings of the rule-id shape that are no rule ids: Maven parameter properties, a file stem, qa.yaml keys. */
    private static final Set<String> NOT_RULE_IDS = Set.of("qa.config", "qa.formats", "qa.skip", "index.draft", "site.routes",
            "site.pages");
    /** Ids reported as an error or a warning depending on what they report. */
    private static final Set<String> MIXED_SEVERITY = Set.of(Rules.LIMIT_PROBLEMS_PER_FILE);

    private static Path root;
    private static List<JavaSource> sources;
    private static Map<String, List<String>> emitted;

    @BeforeAll
    static void scan() throws IOException {
        root = projectRoot();
        sources = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    if (!name.equals(CATALOGUE)) {
                        sources.add(new JavaSource(name, Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        emitted = emittedIds();
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("qa-io/src/main/java")) && Files.isRegularFile(dir.resolve(CATALOGUE))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from the project or a module folder: no qa-io/src/main/java above "
                + Path.of("").toAbsolutePath());
    }

    @Test
    void everyModuleWithMainCodeIsScanned() throws IOException {
        Set<String> withMainCode = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("qa-") && Files.isDirectory(d.resolve("src/main/java")))
                    .forEach(d -> withMainCode.add(d.getFileName().toString()));
        }
        withMainCode.removeAll(NOT_SCANNED);
        assertThat(withMainCode).as("modules with main code; add a new one to MODULES (or NOT_SCANNED if it reports nothing)")
                .containsExactlyInAnyOrderElementsOf(MODULES);
    }

    @Test
    void everyEmittedIdIsInTheCatalogue() {
        Map<String, List<String>> unknown = new TreeMap<>(emitted);
        unknown.keySet().removeIf(id -> Rules.find(id).isPresent());
        assertThat(unknown).as("rule ids emitted by the code but missing from dev.qakit.validate.Rules (id=[where])").isEmpty();
    }

    @Test
    void everyCatalogueIdIsEmitted() {
        List<String> dead = Rules.all().stream().map(RuleInfo::id).filter(id -> !emitted.containsKey(id)).toList();
        assertThat(dead).as("rule ids in dev.qakit.validate.Rules that no code emits").isEmpty();
    }

    @Test
    void theScanFindsIdsOfEveryKind() {
        // literals in the Markdown reader, a used constant of the Nuxt reader, a reference to Rules, a mapped constraint
        assertThat(emitted.get("frontmatter.yaml-syntax")).anyMatch(w -> w.startsWith("qa-io/src/main/java/dev/qakit/io/internal/markdown/"));
        assertThat(emitted.get("nuxt.bad-root")).anyMatch(w -> w.startsWith("qa-io/src/main/java/dev/qakit/io/nuxt/NuxtPayloadReader.java:"));
        assertThat(emitted.get("topic.order-gap")).anyMatch(w -> w.startsWith("qa-validate/src/main/java/dev/qakit/validate/internal/SiteChecks.java:"));
        assertThat(emitted.get("question.id-slug")).containsExactly("constraint Slug on page.questions[].id");
        assertThat(emitted).doesNotContainKeys("qa.yaml", "index.html", "org.hibernate.validator", "java.version", "qa.skip");
    }

    @Test
    void theScannerSkipsCommentsTextBlocksAndStringsThatAreNoRuleIds() {
        JavaSource s = new JavaSource("X.java", String.join("\n",
                "class X {",
                "    // \"frontmatter.in-comment\"",
                "    /* \"frontmatter.in-block\" */",
                "    static final String A = \"nuxt.some-id\";",
                "    char q = '\"'; String t = \"\"\"",
                "        \"devalue.in-text-block\"",
                "        \"\"\";",
                "    String f = \"qa.yaml\" + \"a\\\"b.c\" + \"devalue.bad-slot\" + \"org.jsoup\";",
                "}"));
        assertThat(s.literals).extracting(JavaSource.Literal::value).filteredOn(EmittedRuleIdsTest::isRuleIdShaped)
                .containsExactly("nuxt.some-id", "devalue.bad-slot");
        assertThat(s.constants).containsExactly(Map.entry("A", "nuxt.some-id"));
        assertThat(s.code).doesNotContain("frontmatter.").doesNotContain("devalue.").contains("String A = \"            \";");
        assertThat(s.lineOf(s.code.indexOf("f ="))).isEqualTo(8);
    }

    @Test
    void theRuleIdShapeLeavesOutFileNamesPackagesAndMediaTypes() {
        assertThat(List.of("devalue.bad-slot", "frontmatter.yaml-syntax", "nuxt.limit.file-size", "io.no_value"))
                .allMatch(EmittedRuleIdsTest::isRuleIdShaped);
        assertThat(List.of("qa.yaml", "index.html", "style.css", "org.hibernate.validator", "java.version", "application/json",
                "Rules.LIMIT_FILES", "nuxt", "a..b", "qa.skip", "a.b ")).noneMatch(EmittedRuleIdsTest::isRuleIdShaped);
    }

    @Test
    void theConstraintRulesAreExactlyTheMappedConstraints() {
        Set<String> catalogued = Rules.all().stream().filter(r -> r.kind() == RuleInfo.Kind.CONSTRAINT).map(RuleInfo::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(constraintIds().keySet()).containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void problemsAreReportedWithTheCataloguedSeverity() {
        Map<String, Set<String>> wrong = new TreeMap<>();
        Pattern call = Pattern.compile("Problem\\.(error|warning)\\(\\s*(?:\"|Rules\\.([A-Z][A-Z0-9_]*)|([A-Z][A-Z0-9_]*)\\s*[,)])");
        for (JavaSource s : sources) {
            Matcher m = call.matcher(s.code);
            while (m.find()) {
                String id;
                if (m.group(2) != null) {
                    id = constantOfRules(m.group(2));
                } else if (m.group(3) != null) {
                    id = s.constants.get(m.group(3));
                } else {
                    id = s.literalAt(m.end() - 1);
                }
                if (id == null || MIXED_SEVERITY.contains(id)) {
                    continue;
                }
                Severity used = m.group(1).equals("error") ? Severity.ERROR : Severity.WARNING;
                Severity catalogued = Rules.find(id).map(RuleInfo::defaultSeverity).orElse(null);
                if (used != catalogued) {
                    wrong.computeIfAbsent(id, k -> new TreeSet<>()).add(used.label() + " at " + s.name + ":" + s.lineOf(m.start())
                            + ", catalogued " + (catalogued == null ? "nowhere" : catalogued.label()));
                }
            }
        }
        assertThat(wrong).as("problems reported with another severity than their catalogue entry").isEmpty();
    }

    /** Every emitted id, with where it is emitted ({@code file:line}, or the constraint). */
    private static Map<String, List<String>> emittedIds() {
        Map<String, List<String>> ids = new TreeMap<>();
        Pattern rulesReference = Pattern.compile("\\bRules\\.([A-Z][A-Z0-9_]*)\\b");
        for (JavaSource s : sources) {
            for (JavaSource.Literal l : s.literals) {
                if (!isRuleIdShaped(l.value())) {
                    continue;
                }
                String constant = s.constantOf(l);
                if (constant == null || usedOutsideItsDeclaration(constant, s, l)) {
                    ids.computeIfAbsent(l.value(), k -> new ArrayList<>()).add(s.name + ":" + s.lineOf(l.start()));
                }
            }
            Matcher m = rulesReference.matcher(s.code);
            while (m.find()) {
                String id = constantOfRules(m.group(1));
                if (id != null) {
                    ids.computeIfAbsent(id, k -> new ArrayList<>()).add(s.name + ":" + s.lineOf(m.start()));
                }
            }
        }
        constraintIds().forEach((id, where) -> ids.computeIfAbsent(id, k -> new ArrayList<>()).addAll(where));
        // a value of the wrong type is reported by both readers as the field's typeRuleId()
        for (dev.qakit.model.internal.RecordSchema<?> schema : dev.qakit.model.internal.PageSchema.RECORDS) {
            for (dev.qakit.model.internal.Field<?> f : schema.fields()) {
                ids.computeIfAbsent(f.typeRuleId(), k -> new ArrayList<>()).add("wrong type of " + schema.name() + "." + f.name());
            }
        }
        return ids;
    }

    static boolean isRuleIdShaped(String s) {
        return ID_SHAPE.matcher(s).matches() && !FILE_NAME.matcher(s).matches() && !JAVA_NAME.matcher(s).matches()
                && !NOT_RULE_IDS.contains(s);
    }

    /** Whether a constant is named anywhere but in its own declaration (a constant nobody uses emits nothing). */
    private static boolean usedOutsideItsDeclaration(String constant, JavaSource declaring, JavaSource.Literal initializer) {
        Pattern name = Pattern.compile("\\b" + constant + "\\b");
        for (JavaSource s : sources) {
            Matcher m = name.matcher(s.code);
            while (m.find()) {
                boolean declaration = s == declaring && s.lineOf(m.start()) == s.lineOf(initializer.start());
                if (!declaration) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value of a String constant of {@link Rules}, or null if there is none of that name. */
    private static String constantOfRules(String name) {
        try {
            return Rules.class.getField(name).get(null) instanceof String s ? s : null;
        } catch (NoSuchFieldException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** The rule id of every constraint reachable from {@link PageData}, with the constraint and property path. */
    private static Map<String, List<String>> constraintIds() {
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator()).buildValidatorFactory()) {
            Map<String, List<String>> ids = new TreeMap<>();
            walk(factory.getValidator(), PageData.class, List.of(), new HashSet<>(), ids);
            return ids;
        }
    }

    private static void walk(Validator validator, Class<?> type, List<String> path, Set<Class<?>> enclosing, Map<String, List<String>> ids) {
        if (!enclosing.add(type)) {
            return;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        addAll(bean.getConstraintDescriptors(), path, ids);
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            List<String> here = new ArrayList<>(path);
            here.add(p.getPropertyName());
            addAll(p.getConstraintDescriptors(), here, ids);
            if (p.isCascaded()) {
                walk(validator, p.getElementClass(), here, enclosing, ids);
            }
            for (ContainerElementTypeDescriptor element : p.getConstrainedContainerElementTypes()) {
                List<String> inside = new ArrayList<>(here);
                inside.add("<list element>");
                addAll(element.getConstraintDescriptors(), inside, ids);
                if (element.isCascaded()) {
                    walk(validator, element.getElementClass(), inside, enclosing, ids);
                }
            }
        }
        enclosing.remove(type);
    }

    private static void addAll(Set<ConstraintDescriptor<?>> constraints, List<String> path, Map<String, List<String>> ids) {
        for (ConstraintDescriptor<?> c : constraints) {
            String annotation = c.getAnnotation().annotationType().getSimpleName();
            String where = path.isEmpty() ? "PageData"
                    : path.stream().map(n -> n.startsWith("<") ? "[]" : "." + n).collect(Collectors.joining()).substring(1);
            ids.computeIfAbsent(ConstraintMapping.ruleId(List.copyOf(path), annotation), k -> new ArrayList<>())
                    .add("constraint " + annotation + " on " + where);
            addAll(c.getComposingConstraints(), path, ids);
        }
    }

    /** A Java source file: its string literals, and its code with comments and literal contents blanked out. */
    static final class JavaSource {
        /** A string literal: its value as written (escapes not decoded) and the offset of its opening quote. */
        record Literal(String value, int start) {
        }

        private static final Pattern DECLARATION = Pattern.compile("\\bString\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"");

        final String name;
        /** The text with comments and the contents of literals replaced by spaces; offsets and lines are kept. */
        final String code;
        final List<Literal> literals = new ArrayList<>();
        /** String constants initialised by a literal, by name. */
        final Map<String, String> constants = new LinkedHashMap<>();
        private final Map<Integer, String> constantByLiteral = new LinkedHashMap<>();
        private final int[] lineStarts;

        JavaSource(String name, String text) {
            this.name = name;
            StringBuilder code = new StringBuilder(text);
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    i = blank(code, i, end < 0 ? text.length() : end);
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    i = blank(code, i, end < 0 ? text.length() : end + 2);
                } else if (text.startsWith("\"\"\"", i)) {
                    int end = text.indexOf("\"\"\"", i + 3);
                    while (end > 0 && text.charAt(end - 1) == '\\') {
                        end = text.indexOf("\"\"\"", end + 1);
                    }
                    i = blank(code, i + 3, end < 0 ? text.length() : end) + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        literals.add(new Literal(text.substring(i + 1, Math.min(end, text.length())), i));
                    }
                    i = blank(code, i + 1, Math.min(end, text.length())) + 1;
                } else {
                    i++;
                }
            }
            this.code = code.toString();
            Matcher m = DECLARATION.matcher(this.code);
            while (m.find()) {
                String value = literalAt(m.end() - 1);
                if (value != null) {
                    constants.put(m.group(1), value);
                    constantByLiteral.put(m.end() - 1, m.group(1));
                }
            }
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int j = 0; j < text.length(); j++) {
                if (text.charAt(j) == '\n') {
                    starts.add(j + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int blank(StringBuilder code, int from, int to) {
            for (int k = from; k < to; k++) {
                if (code.charAt(k) != '\n') {
                    code.setCharAt(k, ' ');
                }
            }
            return to;
        }

        /** The value of the literal whose opening quote is at an offset, or null. */
        String literalAt(int quote) {
            for (Literal l : literals) {
                if (l.start() == quote) {
                    return l.value();
                }
            }
            return null;
        }

        /** The constant a literal initialises, or null if it initialises none. */
        String constantOf(Literal literal) {
            return constantByLiteral.get(literal.start());
        }

        /** The 1-based line of an offset. */
        int lineOf(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }
    }
}
