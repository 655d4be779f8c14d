package dev.qakit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/** Every report format against its golden file; SARIF against the official 2.1.0 schema. */
class ReportFormatTest {

    /** A result with every kind of location and text that needs escaping. */
    static ValidationResult sample() {
        return new ValidationResult(List.of(
                new Problem(Severity.ERROR, "question.difficulty", "'difficulty' must be one of [easy, medium, hard]; found 'expert'",
                        new SourceLocation("content/fastapi/async basics.md", 14, 17, "/page/questions/0/difficulty")),
                new Problem(Severity.WARNING, "lint.code-fence-language",
                        "code fence without a language; write one after the fence, such as ```python",
                        new SourceLocation("content/fastapi/async basics.md", 20, 7, "/page/questions/0/a")),
                new Problem(Severity.WARNING, "topic.question-id-repeated",
                        "question id 'status-codes' is also used at content/b.md:9:9 in the same topic '/fastapi'",
                        new SourceLocation("content/fastapi/async basics.md", 30, 9, "/page/questions/1/id"),
                        List.of(new SourceLocation("content/b.md", 9, 9, "/page/questions/0/id"))),
                new Problem(Severity.ERROR, "site.duplicate-path", "100% broken: path '/a,b' is also\r\nthe path of x.md:2:7 <&\"'>",
                        new SourceLocation("content/b.md", 2, 7, "/page/path")),
                new Problem(Severity.INFO, "frontmatter.bom", "the file starts with a byte order mark", SourceLocation.of("content/c.md")),
                Problem.error("devalue.bad-reference", "index 12 is out of range", new SourceLocation("site/a/_payload.json", 1, 233,
                        "/3/page"))),
                List.of("content/clean.md", "content/fastapi/async basics.md", "content/b.md", "content/c.md", "site/a/_payload.json"));
    }

    /**
     * The golden file's text. With {@code -Dqakit.golden.write=true} the test writes
     * {@code actual} to the golden file under src/test/resources first (then review the diff).
     */
    private static String golden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("qakit.golden.write")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/report", name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = ReportFormatTest.class.getResourceAsStream("/report/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void matchesItsGoldenFile(ReportFormat format) throws IOException {
        String actual = format.reporter().render(sample());
        assertThat(actual).isEqualTo(golden("sample." + format.label() + "." + format.fileExtension(), actual));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void cleanResults(ReportFormat format) throws IOException {
        ValidationResult clean = new ValidationResult(List.of(), List.of("a.md"));
        String actual = format.reporter().render(clean);
        assertThat(actual).isEqualTo(golden("clean." + format.label() + "." + format.fileExtension(), actual));
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        JsonSchema schema;
        try (InputStream in = ReportFormatTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = factory.getSchema(in);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (ValidationResult r : List.of(sample(), new ValidationResult(List.of(), List.of()))) {
            JsonNode sarif = mapper.readTree(ReportFormat.SARIF.reporter().render(r));
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertThat(errors).isEmpty();
            assertThat(sarif.at("/runs/0/columnKind").asText()).isEqualTo("utf16CodeUnits");
        }
        JsonNode broken = mapper.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void sarifFingerprintsIgnoreLineNumbers() throws IOException {
        Problem p = Problem.error("site.duplicate-path", "dup", SourceLocation.at("a.md", 2, 7));
        ObjectMapper mapper = new ObjectMapper();
        String a = mapper.readTree(ReportFormat.SARIF.reporter().render(new ValidationResult(List.of(p), List.of())))
                .at("/runs/0/results/0/partialFingerprints").toString();
        String b = mapper.readTree(ReportFormat.SARIF.reporter().render(new ValidationResult(
                List.of(p.withLocation(SourceLocation.at("a.md", 40, 7))), List.of()))).at("/runs/0/results/0/partialFingerprints").toString();
        assertThat(a).isEqualTo(b).contains("qakitProblem/v2");
    }

    @Test
    void sarifAndJsonCarryTheRelatedLocation() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode sarif = mapper.readTree(ReportFormat.SARIF.reporter().render(sample()));
        JsonNode repeated = sarif.at("/runs/0/results/4");
        assertThat(repeated.at("/ruleId").asText()).isEqualTo("topic.question-id-repeated");
        assertThat(repeated.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("content/b.md");
        assertThat(repeated.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
        assertThat(sarif.at("/runs/0/results/0").has("relatedLocations")).isFalse();
        JsonNode json = mapper.readTree(ReportFormat.JSON.reporter().render(sample()));
        JsonNode related = json.at("/problems/4/related");
        assertThat(related.size()).isEqualTo(1);
        assertThat(related.at("/0/file").asText()).isEqualTo("content/b.md");
        assertThat(related.at("/0/line").asInt()).isEqualTo(9);
        assertThat(related.at("/0/pointer").asText()).isEqualTo("/page/questions/0/id");
        assertThat(json.at("/problems/0/related").size()).isZero();
    }

    @Test
    void gitlabIssuesHaveTheFieldsGitlabReads() throws IOException {
        JsonNode issues = new ObjectMapper().readTree(ReportFormat.GITLAB.reporter().render(sample()));
        assertThat(issues.size()).isEqualTo(sample().problems().size());
        Set<String> fingerprints = new java.util.HashSet<>();
        for (JsonNode issue : issues) {
            assertThat(issue.at("/description").asText()).isNotBlank();
            assertThat(issue.at("/check_name").asText()).isNotBlank();
            assertThat(issue.at("/location/path").asText()).isNotBlank();
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
            assertThat(issue.at("/severity").asText()).isIn("info", "minor", "major");
            fingerprints.add(issue.at("/fingerprint").asText());
        }
        assertThat(fingerprints).hasSize(issues.size());
        // an error is major, a warning minor, an info info; a problem about a whole file is on line 1
        assertThat(issues.at("/0/severity").asText()).isEqualTo("major");
        assertThat(issues.at("/3/severity").asText()).isEqualTo("minor");
        JsonNode info = issues.get(1);
        assertThat(info.at("/check_name").asText()).isEqualTo("frontmatter.bom");
        assertThat(info.at("/severity").asText()).isEqualTo("info");
        assertThat(info.at("/location/lines/begin").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"GITLAB", "SARIF"})
    void fingerprintsSurviveLinesMovingHereAndAtTheRelatedPlace(ReportFormat format) throws IOException {
        Problem p = new Problem(Severity.WARNING, "topic.question-id-repeated", "question id 'x' is also used at b.md:9:9",
                new SourceLocation("a.md", 30, 9, "/page/questions/1/id"), List.of(new SourceLocation("b.md", 9, 9, "/page/questions/0/id")));
        Problem moved = new Problem(Severity.WARNING, "topic.question-id-repeated", "question id 'x' is also used at b.md:14:9",
                new SourceLocation("a.md", 41, 9, "/page/questions/1/id"), List.of(new SourceLocation("b.md", 14, 9, "/page/questions/0/id")));
        Problem other = new Problem(Severity.WARNING, "topic.question-id-repeated", "question id 'y' is also used at b.md:9:9",
                new SourceLocation("a.md", 30, 9, "/page/questions/1/id"), List.of(new SourceLocation("b.md", 9, 9, "/page/questions/0/id")));
        assertThat(fingerprint(format, p)).isEqualTo(fingerprint(format, moved)).isNotEqualTo(fingerprint(format, other));
    }

    private static String fingerprint(ReportFormat format, Problem p) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(format.reporter().render(new ValidationResult(List.of(p), List.of())));
        return format == ReportFormat.GITLAB ? doc.at("/0/fingerprint").asText()
                : doc.at("/runs/0/results/0/partialFingerprints").toString();
    }

    @Test
    void jsonAndJunitAreWellFormed() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.reporter().render(sample()));
        assertThat(json.at("/problems/0/message").asText()).isEqualTo("100% broken: path '/a,b' is also\r\nthe path of x.md:2:7 <&\"'>");
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(3);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(ReportFormat.JUNIT.reporter().render(sample()).getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(3);
    }

    @Test
    void githubEscapesDataAndProperties() {
        assertThat(GithubReporter.data("a%b\r\nc:d,e")).isEqualTo("a%25b%0D%0Ac:d,e");
        assertThat(GithubReporter.property("a%b\r\nc:d,e")).isEqualTo("a%25b%0D%0Ac%3Ad%2Ce");
    }

    @Test
    void githubShowsAtMostTenAnnotationsPerSeverity() {
        List<Problem> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(Problem.error("site.duplicate-path", "dup " + i, SourceLocation.at("a.md", i, 1)));
        }
        many.add(Problem.warning("topic.order-gap", "gap", SourceLocation.at("b.md", 1, 1)));
        String out = ReportFormat.GITHUB.reporter().render(new ValidationResult(many, List.of()));
        assertThat(out.lines().filter(l -> l.startsWith("::error ")).count()).isEqualTo(10);
        assertThat(out.lines().filter(l -> l.startsWith("::warning ")).count()).isEqualTo(1);
        assertThat(out).contains("::notice::2 more problems are not shown as annotations; see the job log or the other report formats\n")
                .endsWith("12 errors, 1 warning in 2 of 2 files\n");
    }

    @Test
    void formatsByName() {
        assertThat(ReportFormat.ofLabel("SARIF")).isEqualTo(ReportFormat.SARIF);
        assertThatThrownBy(() -> ReportFormat.ofLabel("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'xml', expected one of [text, json, sarif, github, junit, gitlab]");
    }
}
