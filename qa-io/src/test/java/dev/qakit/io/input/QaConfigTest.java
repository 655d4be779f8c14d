package dev.qakit.io.input;

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

class QaConfigTest {

    @Test
    void readsSeveritiesDisabledRulesAndGlobs() {
        ReadResult<QaConfig> r = QaConfig.read(String.join("\n",
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
        QaConfig c = r.value().orElseThrow();
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
        ReadResult<QaConfig> r = QaConfig.read("rules: {}\nincludes: ['*.md']\n  \nseverity: x\n", "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:2:1: error: unknown key 'includes'; expected one of [rules, disable, custom-rules, include, exclude, collection, limits, site] [config.unknown-key]",
                "qa.yaml:4:1: error: unknown key 'severity'; expected one of [rules, disable, custom-rules, include, exclude, collection, limits, site] [config.unknown-key]");
    }

    @Test
    void badValuesAreErrorsAtTheValue() {
        ReadResult<QaConfig> r = QaConfig.read(String.join("\n",
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
                "qa.yaml:6:10: error: 'include' must be a list of strings, found '3' [config.bad-value]");
        assertThat(r.value().orElseThrow().severityOf("frontmatter.yaml-syntax", Severity.ERROR)).contains(Severity.WARNING);
        // whether a rule exists is the validator's to say: the file only records where each id is named
        assertThat(r.value().orElseThrow().unknownRules(id -> !id.equals("site.no-such-rule"))).extracting(Problem::format)
                .containsExactly("qa.yaml:4:3: warning: no rule has the id 'site.no-such-rule' (qa validate --list-rules lists them)"
                        + " [config.unknown-rule]");
    }

    @Test
    void customRulesAreDeclaredAndThenKnown() {
        ReadResult<QaConfig> r = QaConfig.read(String.join("\n",
                "custom-rules: [question.answer-size, acme.Bad]",
                "rules:",
                "  question.answer-size: warning",
                "  acme.undeclared: off",
                ""), "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:1:38: error: 'acme.Bad' is not a rule id; rule ids are lowercase and dotted, such as"
                        + " 'site.duplicate-path' (qa validate --list-rules lists them) [config.bad-value]");
        QaConfig c = r.value().orElseThrow();
        assertThat(c.customRules()).containsExactly("question.answer-size");
        assertThat(c.severityOf("question.answer-size", Severity.ERROR)).contains(Severity.WARNING);
        // the declared id is known whatever the validator's catalogue says; an undeclared one is not
        assertThat(c.unknownRules(id -> false)).extracting(Problem::format).containsExactly(
                "qa.yaml:4:3: warning: no rule has the id 'acme.undeclared' (qa validate --list-rules lists them) [config.unknown-rule]");
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c).isNotEqualTo(QaConfig.builder().severity("question.answer-size", Severity.WARNING).disable("acme.undeclared").build());
        assertThatThrownBy(() -> QaConfig.builder().customRule("Acme")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yamlSyntaxErrorsAreLocated() {
        ReadResult<QaConfig> r = QaConfig.read("rules: {lint.code-fence-language: error\n", "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly("qa.yaml:2:1: error: the configuration is not valid YAML:"
                + " while parsing a flow mapping: expected ',' or '}', but got <stream end> [config.yaml-syntax]");
        ReadResult<QaConfig> tab = QaConfig.read("rules:\n  a.b: error\n\tc.d: error\n", "qa.yaml");
        assertThat(tab.problems()).filteredOn(p -> p.ruleId().equals("config.yaml-syntax")).extracting(p -> p.location().toString())
                .containsExactly("qa.yaml:3:1");
    }

    @Test
    void collectionNamesTheNuxtContentCollection() {
        assertThat(QaConfig.read("collection: qa\n", "qa.yaml").value()).get()
                .extracting(c -> c.collection().orElseThrow()).isEqualTo("qa");
        assertThat(QaConfig.defaults().collection()).isEmpty();
        assertThat(QaConfig.read("collection: [qa]\n", "qa.yaml").problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:1:13: error: 'collection' must be a collection name such as 'qa', found a list [config.bad-value]");
        assertThat(QaConfig.read("collection: 'not a name'\n", "qa.yaml").problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:1:13: error: 'collection' not a collection name: 'not a name'; expected letters, digits, '_' and '-'"
                        + " [config.bad-value]");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAndTheLastValueCounts() {
        ReadResult<QaConfig> r = QaConfig.read("collection: one\ncollection: two\n", "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:2:1: error: key 'collection' is given twice (first at line 1); the last value is used [config.bad-value]");
        assertThat(r.value().orElseThrow().collection()).contains("two");
    }

    @Test
    void emptyFileIsTheDefaults() {
        assertThat(QaConfig.read("", "qa.yaml").value()).contains(QaConfig.defaults());
        assertThat(QaConfig.read("# nothing\n", "qa.yaml").problems()).isEmpty();
    }

    @Test
    void notAMappingIsAnError() {
        assertThat(QaConfig.read("- a\n", "qa.yaml").problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:1:1: error: the configuration must be a mapping of [rules, disable, custom-rules, include, exclude, collection, limits, site], found a list"
                        + " [config.bad-value]");
    }

    @Test
    void findsQaYamlThenDotQaYaml(@TempDir Path dir) throws IOException {
        assertThat(QaConfig.find(dir)).isEmpty();
        Files.writeString(dir.resolve(".qa.yaml"), "");
        assertThat(QaConfig.find(dir)).contains(dir.resolve(".qa.yaml"));
        Files.writeString(dir.resolve("qa.yaml"), "");
        assertThat(QaConfig.find(dir)).contains(dir.resolve("qa.yaml"));
        assertThat(QaConfig.read(dir.resolve("qa.yaml"), "qa.yaml").value()).contains(QaConfig.defaults());
    }

    @Test
    void builderAndToBuilder() {
        QaConfig c = QaConfig.builder().severity("a.b", Severity.INFO).disable("c.d").include("*.md").exclude("x/**").build();
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.toBuilder().severity("c.d", Severity.ERROR).build().severityOf("c.d", Severity.WARNING)).contains(Severity.ERROR);
        assertThatThrownBy(() -> QaConfig.builder().include(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a glob: ' '");
    }
}
