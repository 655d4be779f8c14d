package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.qakit.io.internal.markdown.Frontmatter;
import dev.qakit.io.internal.markdown.SourceText;
import dev.qakit.io.internal.markdown.YamlTree;
import dev.qakit.model.JsonNull;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qa schema}: a valid draft 2020-12 schema that accepts and rejects the pages
 * {@code qa validate} accepts and rejects for reasons one file's frontmatter shows, on every
 * bundled page and on every page with one defect put in.
 */
class SchemaCommandTest {
    /** Errors that need more than the frontmatter's values: other questions, the file's place, the body. */
    private static final Set<String> NOT_SCHEMA_LEVEL = Set.of("question.id-unique", "page.questions-count", "page.path-stem");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void schema() throws IOException {
        CliRun run = CliRun.run("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(run.out(), config);
    }

    @Test
    void isAValidDraft202012SchemaWithADescriptionForEveryField() throws IOException {
        JsonNode doc = JSON.readTree(CliRun.run("schema").out());
        assertThat(doc.at("/$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(doc)).isEmpty();
        List<String> undescribed = new ArrayList<>();
        for (String object : List.of("/properties", "/$defs/question/properties", "/$defs/seo/properties")) {
            doc.at(object).properties().forEach(e -> {
                if (e.getValue().path("description").asText().isBlank()) {
                    undescribed.add(object + "/" + e.getKey());
                }
            });
        }
        assertThat(undescribed).isEmpty();
        assertThat(doc.at("/$defs/question/required").toString()).isEqualTo("[\"id\",\"difficulty\",\"q\",\"a\"]");
        assertThat(doc.at("/properties/order/minimum").asInt()).isEqualTo(1);
        assertThat(doc.at("/additionalProperties").asBoolean()).isTrue();
    }

    @Test
    void anOutputFileIsRewrittenOnlyWhenTheSchemaChanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".vscode/qa-frontmatter.schema.json");
        assertThat(CliRun.run("schema", "-o", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(CliRun.run("schema").out());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertThat(CliRun.run("schema", "-o", file.toString()).exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void everyBundledPageIsRejectedByTheSchemaExactlyWhenQaValidateFindsAFrontmatterError(@TempDir Path dir) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Path page : bundledPages()) {
            pages.put(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
        }
        assertThat(pages).hasSizeGreaterThan(10);
        int rejected = 0;
        for (Map.Entry<String, Verdicts> e : verdicts(dir, pages).entrySet()) {
            Verdicts v = e.getValue();
            assertThat(v.schema()).as("%s: the schema says %s, qa validate %s", e.getKey(), v.schemaMessages(), v.validator())
                    .isEqualTo(!v.validator().isEmpty());
            rejected += v.schema() ? 1 : 0;
        }
        assertThat(rejected).as("pages the broken examples reject on their frontmatter").isPositive();
    }

    /** One frontmatter defect each, put into every page where it applies: both must reject the page. */
    private static final Map<String, UnaryOperator<String>> DEFECTS = defects();

    private static Map<String, UnaryOperator<String>> defects() {
        Map<String, UnaryOperator<String>> m = new LinkedHashMap<>();
        m.put("order 0", t -> replace(t, "(?m)^order: *\\S.*$", "order: 0"));
        m.put("order as text", t -> replace(t, "(?m)^order: *\\S.*$", "order: \"two\""));
        m.put("order too big for an int", t -> replace(t, "(?m)^order: *\\S.*$", "order: 3000000000"));
        m.put("page difficulty", t -> replace(t, "(?m)^difficulty: *\\S.*$", "difficulty: expert"));
        m.put("question difficulty", t -> replace(t, "(?m)^(\\s+)difficulty: *\\S.*$", "$1difficulty: Easy"));
        m.put("question id not a slug", t -> replace(t, "(?m)^(\\s+- )id: *\\S.*$", "$1id: Not A Slug"));
        m.put("question id missing", t -> replace(t, "(?m)^(\\s+- )id: *\\S.*$", "$1id:"));
        m.put("question text blank", t -> replace(t, "(?m)^(\\s+)q: *\\S.*$", "$1q: \"  \""));
        m.put("question text a number", t -> replace(t, "(?m)^(\\s+)q: *\\S.*$", "$1q: 42"));
        m.put("topic slug", t -> replace(t, "(?m)^topicSlug: *\\S.*$", "topicSlug: Data_Fetching"));
        m.put("framework slug", t -> replace(t, "(?m)^frameworkSlug: *\\S.*$", "frameworkSlug: \"-fastapi\""));
        m.put("no such date", t -> insert(t, "updated: 2026-02-30"));
        m.put("not a date", t -> insert(t, "updated: 5 June 2026"));
        m.put("blank title", t -> insert(t, "title: \"   \""));
        m.put("questions not a list", t -> replace(t, "(?m)^questions:\\s*\\n(?:[ \\t].*\\n|\\n)*", "questions: 5\n"));
        m.put("navigation a number", t -> insert(t, "navigation: 3"));
        m.put("seo a list", t -> insert(t, "seo: [a]"));
        m.put("qa setting unknown key", t -> insert(t, "qa: {enable: [lint.code-fence-language]}"));
        m.put("related not a list", t -> insert(t, "related: /fastapi"));
        return m;
    }

    @Test
    void pagesWithOneFrontmatterDefectAreRejectedByBoth(@TempDir Path dir) throws IOException {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Path page : bundledPages()) {
            clean.put(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
        }
        Map<String, String> broken = new LinkedHashMap<>();
        Map<String, String> defectOf = new LinkedHashMap<>();
        Map<String, Verdicts> cleanVerdicts = verdicts(dir.resolve("clean"), clean);
        for (Map.Entry<String, Verdicts> e : cleanVerdicts.entrySet()) {
            if (e.getValue().schema() || !e.getValue().validator().isEmpty()) {
                continue;
            }
            String text = clean.get(e.getKey());
            for (Map.Entry<String, UnaryOperator<String>> d : DEFECTS.entrySet()) {
                String mutated = d.getValue().apply(text);
                if (!mutated.equals(text)) {
                    String name = e.getKey() + " with " + d.getKey();
                    broken.put(name, mutated);
                    defectOf.put(name, d.getKey());
                }
            }
        }
        Map<String, Verdicts> verdicts = verdicts(dir.resolve("broken"), broken);
        assertThat(verdicts.keySet()).as("every broken page's YAML is readable").isEqualTo(broken.keySet());
        for (Map.Entry<String, Verdicts> e : verdicts.entrySet()) {
            assertThat(e.getValue().schema()).as("%s: the schema says %s", e.getKey(), e.getValue().schemaMessages()).isTrue();
            assertThat(e.getValue().validator()).as(e.getKey()).isNotEmpty();
        }
        assertThat(new TreeSet<>(defectOf.values())).containsExactlyInAnyOrderElementsOf(DEFECTS.keySet());
        assertThat(broken).hasSizeGreaterThan(50);
    }

    @Test
    void keysNobodyDeclaresAndUnknownQuestionMembersAreKept(@TempDir Path dir) throws IOException {
        String page = "---\ntitle: A\nauthor: me\ntoc: false\nquestions:\n  - id: one\n    difficulty: easy\n    q: Q?\n    a: A.\n"
                + "    hint: look up\n---\n";
        Verdicts v = verdicts(dir, Map.of("a.md", page)).get("a.md");
        assertThat(v).isNotNull();
        assertThat(v.schema()).as("%s", v.schemaMessages()).isFalse();
        assertThat(v.validator()).isEmpty();
    }

    private record Verdicts(boolean schema, Set<ValidationMessage> schemaMessages, Set<String> validator) {
    }

    /**
     * For each page (by name): the schema's verdict on its frontmatter and the frontmatter errors
     * of one {@code qa validate} run over all of them, each page alone in its topic. Pages whose
     * YAML cannot be read are left out.
     */
    private static Map<String, Verdicts> verdicts(Path dir, Map<String, String> pages) throws IOException {
        Map<String, Set<ValidationMessage>> schemaSays = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String name = page.getKey();
            List<Problem> yamlProblems = new ArrayList<>();
            SourceText source = SourceText.of(name, page.getValue());
            Frontmatter fm = Frontmatter.split(source, yamlProblems);
            if (fm == null || fm.yaml() == null) {
                continue;
            }
            YamlTree tree = YamlTree.read(fm.yaml(), fm.yamlFirstLine(), source, 10_000, yamlProblems);
            if (tree == null || yamlProblems.stream().anyMatch(Problem::isError)) {
                continue;
            }
            schemaSays.put(name, schema.validate(JSON.valueToTree(plain(tree.root()))));
            String file = "content/t" + n++ + "/page.md";
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, page.getValue(), StandardCharsets.UTF_8);
            fileOf.put(name, dir.relativize(path).toString().replace('\\', '/'));
        }
        CliRun run = CliRun.run("validate", "--format", "json", dir.resolve("content").toString());
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        Map<String, Set<String>> errors = new LinkedHashMap<>();
        for (JsonNode p : JSON.readTree(run.out()).at("/problems")) {
            String rule = p.at("/ruleId").asText();
            if (p.at("/severity").asText().equals("error") && !NOT_SCHEMA_LEVEL.contains(rule)
                    && (rule.startsWith("page.") || rule.startsWith("question.") || rule.startsWith("seo."))) {
                errors.computeIfAbsent(p.at("/file").asText(), k -> new TreeSet<>()).add(rule + " " + p.at("/message").asText());
            }
        }
        Map<String, Verdicts> out = new LinkedHashMap<>();
        for (Map.Entry<String, Set<ValidationMessage>> e : schemaSays.entrySet()) {
            String file = fileOf.get(e.getKey());
            Set<String> found = errors.entrySet().stream().filter(x -> x.getKey().endsWith(file)).findFirst()
                    .map(Map.Entry::getValue).orElse(Set.of());
            out.put(e.getKey(), new Verdicts(!e.getValue().isEmpty(), e.getValue(), found));
        }
        return out;
    }

    private static @Nullable Object plain(@Nullable Object v) {
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    private static List<Path> bundledPages() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : List.of("../examples", "../examples-broken", "../qa-validate/src/test/resources/corpus")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static String replace(String text, String regex, String replacement) {
        return Pattern.compile(regex).matcher(text).replaceFirst(replacement);
    }

    /** A top-level key set to a value: its line (and any lines nested under it) replaced, or added at the end of the frontmatter. */
    private static String insert(String text, String line) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        String key = line.substring(0, line.indexOf(':'));
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*\n(?:[ \t].*\n)*").matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()) + line + "\n" + text.substring(m.end());
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? text : text.substring(0, end + 1) + line + text.substring(end);
    }
}
