package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationConfigTest {

    @Test
    void readsSeveritiesDisabledRulesAndGlobs() {
        ReadResult<ValidationConfig> r = ValidationConfig.read(String.join("\n",
                "# qa.yaml",
                "rules:",
                "  topic.question-id-repeated: error",
                "  lint.seo-description-length: off",
                "  topic.order-gap: info",
                "disable: [lint.code-fence-language]",
                "include:",
                "  - '**/*.md'",
                "exclude: drafts/**",
                ""), "qa.yaml");
        assertThat(r.problems()).isEmpty();
        ValidationConfig c = r.value().orElseThrow();
        assertThat(c.severityOf("topic.question-id-repeated", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(c.severityOf("topic.order-gap", Severity.WARNING)).contains(Severity.INFO);
        assertThat(c.severityOf("lint.seo-description-length", Severity.WARNING)).isEmpty();
        assertThat(c.severityOf("lint.code-fence-language", Severity.WARNING)).isEmpty();
        assertThat(c.severityOf("site.duplicate-path", Severity.ERROR)).contains(Severity.ERROR);
        assertThat(c.isIncluded("fastapi/a.md")).isTrue();
        assertThat(c.isIncluded("a.md")).isTrue();
        assertThat(c.isIncluded("drafts/a.md")).isFalse();
        assertThat(c.isIncluded("fastapi/_payload.json")).isFalse();
    }

    @Test
    void unknownKeysAreErrorsAtTheKey() {
        ReadResult<ValidationConfig> r = ValidationConfig.read("rules: {}\nincludes: ['*.md']\n  \nseverity: x\n", "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:2:1: error: unknown key 'includes'; expected one of [rules, disable, include, exclude] [config.unknown-key]",
                "qa.yaml:4:1: error: unknown key 'severity'; expected one of [rules, disable, include, exclude] [config.unknown-key]");
    }

    @Test
    void badValuesAreErrorsAtTheValue() {
        ReadResult<ValidationConfig> r = ValidationConfig.read(String.join("\n",
                "rules:",
                "  site.duplicate-path: fatal",
                "  Not A Rule: error",
                "  site.no-such-rule: warning",
                "  frontmatter.yaml-syntax: warning",
                "include: 3",
                ""), "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:2:24: error: the severity of 'site.duplicate-path' must be one of [error, warning, info, off],"
                        + " found 'fatal' [config.bad-value]",
                "qa.yaml:3:3: error: 'Not A Rule' is not a rule id; rule ids are lowercase and dotted, such as"
                        + " 'site.duplicate-path' (qa validate --list-rules lists them) [config.bad-value]",
                "qa.yaml:4:3: warning: no rule has the id 'site.no-such-rule' (qa validate --list-rules lists them)"
                        + " [config.unknown-rule]",
                "qa.yaml:6:10: error: 'include' must be a list of strings, found '3' [config.bad-value]");
        assertThat(r.value().orElseThrow().severityOf("frontmatter.yaml-syntax", Severity.ERROR)).contains(Severity.WARNING);
    }

    @Test
    void yamlSyntaxErrorsAreLocated() {
        ReadResult<ValidationConfig> r = ValidationConfig.read("rules: {lint.code-fence-language: error\n", "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly("qa.yaml:2:1: error: the configuration is not valid YAML:"
                + " expected ',' or '}', but got <stream end> (while parsing a flow mapping) [config.yaml-syntax]");
        ReadResult<ValidationConfig> tab = ValidationConfig.read("rules:\n  a.b: error\n\tc.d: error\n", "qa.yaml");
        assertThat(tab.problems()).filteredOn(p -> p.ruleId().equals("config.yaml-syntax")).extracting(p -> p.location().toString())
                .containsExactly("qa.yaml:3:1");
    }

    @Test
    void emptyFileIsTheDefaults() {
        assertThat(ValidationConfig.read("", "qa.yaml").value()).contains(ValidationConfig.defaults());
        assertThat(ValidationConfig.read("# nothing\n", "qa.yaml").problems()).isEmpty();
    }

    @Test
    void notAMappingIsAnError() {
        assertThat(ValidationConfig.read("- a\n", "qa.yaml").problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:1:1: error: the configuration must be a mapping of [rules, disable, include, exclude], found a list"
                        + " [config.bad-value]");
    }

    @Test
    void findsQaYamlThenDotQaYaml(@TempDir Path dir) throws IOException {
        assertThat(ValidationConfig.find(dir)).isEmpty();
        Files.writeString(dir.resolve(".qa.yaml"), "");
        assertThat(ValidationConfig.find(dir)).contains(dir.resolve(".qa.yaml"));
        Files.writeString(dir.resolve("qa.yaml"), "");
        assertThat(ValidationConfig.find(dir)).contains(dir.resolve("qa.yaml"));
        assertThat(ValidationConfig.read(dir.resolve("qa.yaml"), "qa.yaml").value()).contains(ValidationConfig.defaults());
    }

    @Test
    void builderAndToBuilder() {
        ValidationConfig c = ValidationConfig.builder().severity("a.b", Severity.INFO).disable("c.d").include("*.md").exclude("x/**").build();
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.toBuilder().severity("c.d", Severity.ERROR).build().severityOf("c.d", Severity.WARNING)).contains(Severity.ERROR);
        assertThatThrownBy(() -> ValidationConfig.builder().include(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a glob: ' '");
    }
}
