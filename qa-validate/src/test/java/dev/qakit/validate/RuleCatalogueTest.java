package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.input.QaConfig;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.RuleInfo.Kind;
import dev.qakit.validate.RuleInfo.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue is whole and consistent, {@code docs/rules.md} is generated from it, and
 * every rule in it can be configured.
 */
class RuleCatalogueTest {
    /** Set to {@code true} to rewrite {@code docs/rules.md} from the catalogue instead of comparing. */
    static final String WRITE_PROPERTY = "qakit.rules.write";

    @Test
    void docsRulesMdIsGeneratedFromTheCatalogue() throws IOException {
        Path doc = projectRoot().resolve("docs").resolve("rules.md");
        String expected = RulesMarkdown.render(Rules.all());
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("docs/rules.md is out of date with dev.qakit.validate.Rules; regenerate it with"
                + " mvn -pl qa-validate -am test -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -D"
                + WRITE_PROPERTY + "=true").isEqualTo(expected);
    }

    @Test
    void theDocumentListsEveryRuleOnceUnderItsSource() {
        String md = RulesMarkdown.render(Rules.all());
        for (RuleInfo r : Rules.all()) {
            assertThat(md).containsOnlyOnce("| `" + r.id() + "` | " + r.defaultSeverity().label() + " |");
        }
        assertThat(md).contains("## Markdown reader (15 rules)").contains("| `frontmatter.language` | error | the frontmatter is YAML"
                + " opened by '---', not another language | `---json` |");
        assertThat(md).contains("| `nuxt.no-payload-script` | error | an HTML page has a &lt;script id=\"\\_\\_NUXT\\_DATA\\_\\_\"> payload |");
        assertThat(md).contains("| `lint.code-fence-language` | warning | a fenced code block names its language (\\`\\`\\`python)"
                + " | ```` code fence without a language; write one after the fence, such as ```python ```` |");
    }

    @Test
    void eachSourceOwnsItsIdPrefixes() {
        Map<String, Source> owners = Map.of("frontmatter", Source.MARKDOWN_READER, "markdown", Source.MARKDOWN_READER,
                "nuxt", Source.NUXT_READER, "devalue", Source.DEVALUE_CODEC);
        for (RuleInfo r : Rules.all()) {
            String prefix = r.id().substring(0, r.id().indexOf('.'));
            assertThat(r.source()).as(r.id()).isEqualTo(owners.getOrDefault(prefix, Source.VALIDATOR));
            if (r.source() != Source.VALIDATOR || prefix.equals("io")) {
                assertThat(r.kind()).as(r.id()).isEqualTo(Kind.READ);
            }
        }
        Map<Source, Long> counts = Rules.all().stream().collect(Collectors.groupingBy(RuleInfo::source, LinkedHashMap::new,
                Collectors.counting()));
        // the validator's 47, and one wrong-type rule per field of the page schema (35)
        assertThat(counts).containsOnly(Map.entry(Source.VALIDATOR, 84L), Map.entry(Source.MARKDOWN_READER, 15L),
                Map.entry(Source.NUXT_READER, 13L), Map.entry(Source.DEVALUE_CODEC, 15L));
    }

    @Test
    void payloadExamplesReportTheirRule() {
        DevalueCodec codec = DevalueCodec.builder().build();
        List<RuleInfo> payloads = Rules.all().stream()
                .filter(r -> r.source() == Source.DEVALUE_CODEC && (r.example().startsWith("[") || r.example().startsWith("{"))).toList();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(10);
        for (RuleInfo r : payloads) {
            ReadResult<Object> read = r.id().startsWith("devalue.canonical-") ? codec.canonicalJson().read(r.example(), "example.json")
                    : codec.read(r.example(), "example.json");
            assertThat(read.problems()).as(r.id() + " for " + r.example()).extracting(Problem::ruleId).contains(r.id());
        }
    }

    @Test
    void frontmatterExamplesReportTheirRule() {
        MarkdownReader reader = MarkdownReader.builder().build();
        Map<String, String> files = Map.of(
                "frontmatter.language", "%s\n{}\n---\n",
                "frontmatter.fence", "---\ntitle: A\n%s\n",
                "frontmatter.yaml-syntax", "---\n%s\n---\n",
                "frontmatter.tag", "---\n%s\n---\n",
                "frontmatter.type", "---\n%s\n---\n");
        files.forEach((id, file) -> {
            String text = String.format(file, Rules.find(id).orElseThrow().example());
            assertThat(reader.read(text, "a.md").problems()).as(id + " for " + text).extracting(Problem::ruleId).contains(id);
        });
    }

    @Test
    void everyCatalogueRuleCanBeConfigured() {
        List<String> ids = Rules.all().stream().map(RuleInfo::id).toList();
        String yaml = "rules:\n" + ids.stream().map(id -> "  " + id + ": info\n").collect(Collectors.joining())
                + "disable: [" + String.join(", ", ids) + "]\n";
        ReadResult<QaConfig> r = QaConfig.read(yaml, "qa.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(r.value().orElseThrow().unknownRules(id -> Rules.find(id).isPresent())).isEmpty();
        assertThat(r.value().orElseThrow().severityOf("nuxt.type-mismatch", Severity.ERROR)).isEmpty();
    }

    @Test
    void anIdWithAReaderPrefixButNoRuleIsUnknown() {
        ReadResult<QaConfig> r = QaConfig.read("disable: [frontmatter.no-such-rule, devalue.bad-operand]\n", "qa.yaml");
        assertThat(r.value().orElseThrow().unknownRules(id -> Rules.find(id).isPresent())).extracting(Problem::format).containsExactly("qa.yaml:1:11: warning: no rule has the id"
                + " 'frontmatter.no-such-rule' (qa validate --list-rules lists them) [config.unknown-rule]");
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("qa-validate"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from the project or a module folder: no docs/ above " + Path.of("").toAbsolutePath());
    }
}
