package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.RuleInfo.Kind;
import dev.qakit.validate.RuleInfo.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule catalogue is consistent, and every rule in it can be configured. */
class RuleCatalogueTest {
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
        assertThat(counts).containsExactly(Map.entry(Source.VALIDATOR, 45L), Map.entry(Source.MARKDOWN_READER, 15L),
                Map.entry(Source.NUXT_READER, 12L), Map.entry(Source.DEVALUE_CODEC, 15L));
    }

    @Test
    void everyCatalogueRuleCanBeConfigured() {
        List<String> ids = Rules.all().stream().map(RuleInfo::id).toList();
        String yaml = "rules:\n" + ids.stream().map(id -> "  " + id + ": info\n").collect(Collectors.joining())
                + "disable: [" + String.join(", ", ids) + "]\n";
        ReadResult<ValidationConfig> r = ValidationConfig.read(yaml, "qa.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(r.value().orElseThrow().severityOf("nuxt.type-mismatch", Severity.ERROR)).isEmpty();
    }

    @Test
    void anIdWithAReaderPrefixButNoRuleIsUnknown() {
        ReadResult<ValidationConfig> r = ValidationConfig.read("disable: [frontmatter.no-such-rule, devalue.bad-operand]\n", "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly("qa.yaml:1:11: warning: no rule has the id"
                + " 'frontmatter.no-such-rule' (qa validate --list-rules lists them) [config.unknown-rule]");
    }
}
